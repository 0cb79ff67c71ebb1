using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Sources.Watching;
using Marsad.Storage;
using Marsad.Storage.Ingestion;
using Marsad.Storage.Queue;

namespace Marsad.Cli.Watching;

/// <summary>Shared mode: fetched articles are queued for the workers.</summary>
internal sealed class QueueSink(JobQueue queue) : IArticleSink
{
    private long _queued;

    public long Queued => Interlocked.Read(ref _queued);

    public async Task AcceptAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        var result = await queue.EnqueueAsync(documents, cancellationToken: cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _queued, result.Queued);
    }
}

/// <summary>Embedded mode: fetched articles are analyzed and stored at once.</summary>
internal sealed class StoreSink(IArticleStore store) : IArticleSink
{
    private readonly ArticleIngestor _ingestor = new(store, ArticlePipeline.CreateDefault(), new IngestOptions { BatchSize = 50 });
    private readonly SemaphoreSlim _one = new(1, 1);
    private long _added;

    public long Added => Interlocked.Read(ref _added);

    public async Task AcceptAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        // feeds are polled in parallel; the embedded store takes one writer at a time
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // an article that cannot be analyzed is reported and counted as handled: fetching it again would not help
            var summary = await _ingestor.RunAsync(documents, (d, e) => DaemonLog.Write($"{d.Url ?? d.Origin}: cannot analyze: {e.Message}"),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref _added, summary.Added + summary.Updated);
        }
        finally
        {
            _one.Release();
        }
    }
}
