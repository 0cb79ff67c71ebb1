using System.Diagnostics;
using System.Globalization;
using Marsad.Extraction;
using Marsad.Storage;
using Marsad.Storage.Alerts;
using Marsad.Storage.Queue;

namespace Marsad.Cli.Commands;

/// <summary>The shared-mode halves of <c>ingest</c>: <c>--enqueue</c> (queue the documents for workers) and the alert pass after a direct ingest.</summary>
internal static class IngestEnqueue
{
    private const int Chunk = 500;

    /// <summary>Queues <paramref name="documents"/> in chunks; prints the one-line summary; returns the exit code.</summary>
    public static async Task<int> RunAsync(IArticleStore store, IEnumerable<RawDocument> documents, Func<int> readErrors, CancellationToken cancellationToken)
    {
        if (!JobQueue.IsAvailable(store))
        {
            CliConsole.Error($"{store.Description}: --enqueue needs the shared PostgreSQL store (--db postgres://…); the embedded store has no queue — ingest without --enqueue");
            return ExitCodes.Usage;
        }
        var queue = JobQueue.For(store);
        var clock = Stopwatch.StartNew();
        var total = EnqueueResult.Empty;
        long read = 0;
        foreach (var chunk in documents.Chunk(Chunk))
        {
            cancellationToken.ThrowIfCancellationRequested();
            read += chunk.Length;
            total = total.Add(await queue.EnqueueAsync(chunk, cancellationToken: cancellationToken).ConfigureAwait(false));
        }
        var failed = readErrors();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{read} read: {total.Queued} queued, {total.AlreadyStored} already stored, {total.AlreadyQueued} already queued, {failed} failed ({clock.Elapsed.TotalSeconds:0.0} s) into {queue.Description}"));
        return failed > 0 ? read > 0 ? ExitCodes.PartialFailure : ExitCodes.InputError : ExitCodes.Success;
    }

    /// <summary>
    /// After a direct ingest: records which new articles match saved alerts (their feeds show them at once). Webhooks are
    /// sent by the long-running processes (worker, watch) and 'marsad alerts run', so an ingest never waits on a receiver.
    /// </summary>
    public static async Task<int> MatchAlertsAsync(IArticleStore store, CancellationToken cancellationToken) =>
        await AlertStore.For(store).MatchNewArticlesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
}
