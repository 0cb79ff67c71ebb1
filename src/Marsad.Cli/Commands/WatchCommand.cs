using System.CommandLine;
using System.Globalization;
using Marsad.Cli.Watching;
using Marsad.Sources.Watching;
using Marsad.Storage;
using Marsad.Storage.Queue;
using Marsad.Storage.Watching;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad watch --feeds FILE [--db …] [--once]</c>: polls RSS/Atom feeds and news sitemaps on a schedule and fetches
/// each new article once, politely; articles go to the job queue (PostgreSQL) or straight into the embedded store.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Option<string>("--feeds") { Description = "A file listing the feeds and sitemaps to watch: one per line, 'URL [outlet name]'; # starts a comment.", Required = true };
        var once = new Option<bool>("--once") { Description = "Poll every feed once, fetch what is new, and exit (for cron and tests)." };
        var interval = Durations.Option("--interval", "Time between polling rounds", TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(1));
        var hostInterval = Durations.Option("--host-interval", "Least time from the end of one request to a host to the start of the next (robots.txt Crawl-delay may raise it)", TimeSpan.FromSeconds(1));
        var timeout = Durations.Option("--timeout", "Time allowed for one request, body included", TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100));
        var retries = new Option<int>("--retries") { Description = "Retries of a request that failed in a way worth retrying (5xx, timeouts, network), with backoff and jitter (default 3).", DefaultValueFactory = _ => 3 };
        retries.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 10)
                r.AddError("--retries must be between 0 and 10");
        });
        var retryDelay = Durations.Option("--retry-delay", "Delay before the first retry (doubling after)", TimeSpan.FromSeconds(2));
        var maxPage = new Option<int>("--max-page-mb") { Description = "The largest article page read, in MB (default 5; feeds may be twice as large).", DefaultValueFactory = _ => 5 };
        maxPage.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
                r.AddError("--max-page-mb must be between 1 and 256");
        });
        var noAlerts = new Option<bool>("--no-alerts") { Description = "Do not match new articles against saved alerts nor send webhooks (embedded mode; workers do it in shared mode)." };
        var store = new StoreOptions();
        var command = new Command("watch", "Watch RSS/Atom feeds and news sitemaps: fetch each new article once, politely (robots.txt, rate limits, retries), into the queue (PostgreSQL) or the store.")
        {
            feeds, once, interval, hostInterval, timeout, retries, retryDelay, maxPage, noAlerts,
        };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var list = WatchedFeed.ReadList(parse.GetValue(feeds)!);
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: true, cancellationToken).ConfigureAwait(false);
            var shared = JobQueue.IsAvailable(articleStore);
            QueueSink? queueSink = shared ? new QueueSink(JobQueue.For(articleStore)) : null;
            StoreSink? storeSink = shared ? null : new StoreSink(articleStore);
            var options = new WatchOptions
            {
                HostInterval = parse.GetValue(hostInterval),
                Timeout = parse.GetValue(timeout),
                Retries = parse.GetValue(retries),
                RetryDelay = parse.GetValue(retryDelay),
                MaxPageBytes = (long)parse.GetValue(maxPage) << 20,
                MaxFeedBytes = (long)parse.GetValue(maxPage) << 21,
            };
            using var watcher = new FeedWatcher(new StoreWatchState(WatchStateStore.For(articleStore)), (IArticleSink?)queueSink ?? storeSink!, options, DaemonLog.Write);
            string Kept() => shared
                ? string.Create(CultureInfo.InvariantCulture, $"{queueSink!.Queued} queued")
                : string.Create(CultureInfo.InvariantCulture, $"{storeSink!.Added} stored");
            var alerts = !shared && !parse.GetValue(noAlerts);
            DaemonLog.Write(string.Create(CultureInfo.InvariantCulture,
                $"watching {list.Count} feeds into {articleStore.Description}{(parse.GetValue(once) ? " (one round)" : $" every {Durations.Format(parse.GetValue(interval))}")}"));
            if (parse.GetValue(once))
            {
                var summary = await watcher.RunCycleAsync(list, cancellationToken).ConfigureAwait(false);
                if (alerts)
                    await AlertsLoop.RunAsync(articleStore, TimeSpan.Zero, new CancellationToken(canceled: true)).ConfigureAwait(false);
                Console.Out.WriteLine(Describe(summary) + "; " + Kept());
                return summary.FeedErrors + summary.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
            }
            using var alertsStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var alertsTask = alerts ? AlertsLoop.RunAsync(articleStore, TimeSpan.FromSeconds(5), alertsStop.Token) : Task.CompletedTask;
            try
            {
                await watcher.RunAsync(list, parse.GetValue(interval), s => DaemonLog.Write(Describe(s) + "; " + Kept() + " so far"), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await alertsStop.CancelAsync().ConfigureAwait(false);
                await alertsTask.ConfigureAwait(false);
            }
            DaemonLog.Write("watch stopped");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(WatchSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Feeds} feeds polled ({s.NotModified} not modified, {s.FeedErrors} failed): {s.NewItems} new articles, {s.Fetched} fetched, {s.Blocked} refused by robots.txt, {s.Failed} failed");
}
