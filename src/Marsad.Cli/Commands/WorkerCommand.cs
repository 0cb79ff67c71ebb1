using System.CommandLine;
using Marsad.Analysis;
using Marsad.Storage;
using Marsad.Storage.Queue;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad worker --db postgres://…</c>: processes the shared job queue until stopped (SIGTERM or Ctrl+C finish the
/// batch in hand, then exit), and matches new articles against saved alerts.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var batch = new Option<int>("--batch-size") { Description = "Jobs claimed at once and stored in one transaction (default 32).", DefaultValueFactory = _ => 32 };
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
                r.AddError("--batch-size must be between 1 and 10000");
        });
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents analyzed in parallel (default: one per processor).", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
                r.AddError("--jobs must be between 1 and 256");
        });
        var lease = Durations.Option("--lease", "How long a claimed job stays this worker's without a heartbeat; a dead worker's jobs return to the queue after it", TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
        var poll = Durations.Option("--poll", "Wait between looks at an empty queue", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(10));
        var grace = Durations.Option("--grace", "After SIGTERM or Ctrl+C, how long the batch in hand may take before its jobs are handed back", TimeSpan.FromSeconds(20));
        var retry = Durations.Option("--retry-delay", "First delay before a failed job is tried again (doubling per attempt)", TimeSpan.FromSeconds(10));
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Exit when no job is waiting or running anywhere (batch runs, benchmarks)." };
        var id = new Option<string?>("--id") { Description = "This worker's name in the queue (default host-pid-random)." };
        var noAlerts = new Option<bool>("--no-alerts") { Description = "Do not match new articles against saved alerts nor send webhooks in this worker." };
        var command = new Command("worker", "Process the shared job queue (PostgreSQL): claim documents, analyze and store them, match alerts. Any number of workers share one database.")
        {
            batch, jobs, lease, poll, grace, retry, untilEmpty, id, noAlerts,
        };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            if (!JobQueue.IsAvailable(articleStore))
            {
                CliConsole.Error($"{articleStore.Description}: workers need the shared PostgreSQL store (--db postgres://…); the embedded store has no queue — use 'marsad ingest' directly");
                return ExitCodes.Usage;
            }
            var worker = new QueueWorker(articleStore, ArticlePipeline.CreateDefault(), new WorkerOptions
            {
                Id = parse.GetValue(id),
                BatchSize = parse.GetValue(batch),
                Jobs = parse.GetValue(jobs),
                Lease = parse.GetValue(lease),
                PollInterval = parse.GetValue(poll),
                ShutdownGrace = parse.GetValue(grace),
                RetryDelay = parse.GetValue(retry),
                ExitWhenEmpty = parse.GetValue(untilEmpty),
            }, DaemonLog.Write);
            using var alertsStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var alerts = parse.GetValue(noAlerts) ? Task.CompletedTask : AlertsLoop.RunAsync(articleStore, TimeSpan.FromSeconds(2), alertsStop.Token);
            try
            {
                await worker.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await alertsStop.CancelAsync().ConfigureAwait(false);
                await alerts.ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
