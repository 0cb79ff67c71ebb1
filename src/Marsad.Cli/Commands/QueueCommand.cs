using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage;
using Marsad.Storage.Queue;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad queue status|retry-failed --db postgres://…</c>: look at and repair the shared job queue.</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var command = new Command("queue", "Inspect and repair the shared job queue (PostgreSQL).");
        command.Subcommands.Add(Status());
        command.Subcommands.Add(RetryFailed());
        return command;
    }

    private static Command Status()
    {
        var store = new StoreOptions();
        var json = new Option<bool>("--json") { Description = "Print JSON: {\"queued\",\"running\",\"done\",\"failed\",\"expired_leases\",\"oldest_queued_seconds\",\"done_last_minute\",\"workers\",\"recent_errors\"}." };
        var command = new Command("status", "Jobs per state, expired leases, throughput of the last minute, live workers and recent errors.") { json };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var status = await JobQueue.For(articleStore).GetStatusAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
                WriteJson(status);
            else
                WriteText(status, articleStore.Description);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RetryFailed()
    {
        var store = new StoreOptions();
        var command = new Command("retry-failed", "Put every job that failed for good back in the queue, with fresh attempts.");
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var count = await JobQueue.For(articleStore).RetryFailedAsync(cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} failed jobs queued again"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(QueueStatus s, string description)
    {
        using var o = CliConsole.OpenStdout();
        o.WriteLine(description);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Queued} queued, {s.Running} running ({s.ExpiredLeases} with expired leases), {s.Done} done, {s.Failed} failed"));
        if (s.OldestQueuedSeconds is { } age)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oldest waiting job: {age:0} s"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in the last minute: {s.DoneLastMinute}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workers: {s.Workers.Count}"));
        foreach (var w in s.Workers)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {w.Id}  host {w.Host} pid {w.Pid}  {w.JobsDone} done, {w.JobsFailed} failed  seen {w.LastSeen.UtcDateTime:HH:mm:ss}Z"));
        if (s.RecentErrors.Count > 0)
        {
            o.WriteLine("recent errors of failed jobs:");
            foreach (var e in s.RecentErrors)
                o.WriteLine("  " + e);
        }
    }

    private static void WriteJson(QueueStatus s)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, SearchJson.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("queued", s.Queued);
            w.WriteNumber("running", s.Running);
            w.WriteNumber("done", s.Done);
            w.WriteNumber("failed", s.Failed);
            w.WriteNumber("expired_leases", s.ExpiredLeases);
            if (s.OldestQueuedSeconds is { } age)
                w.WriteNumber("oldest_queued_seconds", Math.Round(age, 1));
            else
                w.WriteNull("oldest_queued_seconds");
            w.WriteNumber("done_last_minute", s.DoneLastMinute);
            w.WriteStartArray("workers");
            foreach (var worker in s.Workers)
            {
                w.WriteStartObject();
                w.WriteString("id", worker.Id);
                w.WriteString("host", worker.Host);
                w.WriteNumber("pid", worker.Pid);
                w.WriteString("started_at", worker.StartedAt);
                w.WriteString("last_seen", worker.LastSeen);
                w.WriteNumber("jobs_done", worker.JobsDone);
                w.WriteNumber("jobs_failed", worker.JobsFailed);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("recent_errors");
            foreach (var e in s.RecentErrors)
                w.WriteStringValue(e);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }
}
