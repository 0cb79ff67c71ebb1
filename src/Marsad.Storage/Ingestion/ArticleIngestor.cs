using System.Threading.Channels;
using Marsad.Analysis;
using Marsad.Extraction;

namespace Marsad.Storage.Ingestion;

/// <summary>
/// Reads → analyzes → stores. Documents are taken in batches; a batch's documents whose content hash is already stored
/// are skipped without analysis; the rest are analyzed in parallel (<see cref="IngestOptions.Jobs"/>) and handed, in input
/// order, to a single writer that stores each batch in one transaction while the next batch is analyzed. A crash loses
/// only uncommitted work, and running again picks up exactly where the committed batches end.
/// </summary>
public sealed class ArticleIngestor
{
    private readonly IArticleStore _store;
    private readonly ArticlePipeline _pipeline;
    private readonly IngestOptions _options;
    private readonly Stories.StoryAssigner _stories;

    /// <param name="store">Where articles and their stories are stored.</param>
    /// <param name="pipeline">The analysis.</param>
    /// <param name="options">Batching and parallelism.</param>
    /// <param name="stories">
    /// The story assigner to continue with, when one process runs many ingests into the same store (a worker, a watch):
    /// it is caught up from the store once, then reads only what is new. By default each ingestor has its own, caught
    /// up at the start of its run.
    /// </param>
    public ArticleIngestor(IArticleStore store, ArticlePipeline pipeline, IngestOptions? options = null, Stories.StoryAssigner? stories = null)
    {
        _store = store;
        _pipeline = pipeline;
        _options = options ?? new IngestOptions();
        if (_options.BatchSize < 1 || _options.Jobs < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "batch size and jobs must be at least 1");
        _stories = stories ?? new Stories.StoryAssigner(store);
    }

    /// <summary>Ingests <paramref name="documents"/>.</summary>
    /// <param name="documents">Raw documents, e.g. from <c>DocumentReader.Read</c>.</param>
    /// <param name="onFailure">Called (from any thread) for each document that cannot be analyzed.</param>
    /// <param name="progress">Receives the running counts after each stored batch.</param>
    /// <param name="cancellationToken">Stops after the batch being written; everything committed stays.</param>
    public async Task<IngestSummary> RunAsync(IEnumerable<RawDocument> documents, Action<RawDocument, Exception>? onFailure = null,
        IProgress<IngestSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<List<ArticleRecord>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var counts = new Counts();
        // rebuild the story clustering state from the store (and give stories to articles stored without one)
        if (!_stories.IsCaughtUp)
            await _stories.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var writer = Task.Run(() => WriteAllAsync(channel.Reader, counts, progress, cancellationToken), cancellationToken);
        try
        {
            foreach (var batch in documents.Chunk(_options.BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (writer.IsCompleted)
                    break; // the writer failed: stop reading, its exception surfaces below
                var records = await AnalyzeAsync(batch, counts, onFailure, cancellationToken).ConfigureAwait(false);
                if (records.Count > 0)
                    await channel.Writer.WriteAsync(records, cancellationToken).ConfigureAwait(false);
                else
                    progress?.Report(counts.Snapshot());
            }
        }
        finally
        {
            channel.Writer.TryComplete();
        }
        await writer.ConfigureAwait(false);
        return counts.Snapshot();
    }

    private async Task<List<ArticleRecord>> AnalyzeAsync(RawDocument[] batch, Counts counts, Action<RawDocument, Exception>? onFailure, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref counts.Read, batch.Length);
        var hashes = batch.Select(ContentHash.Of).ToArray();
        var stored = await _store.FindStoredContentHashesAsync(hashes.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new List<int>();
        for (var i = 0; i < batch.Length; i++)
        {
            if (stored.Contains(hashes[i]) || !seen.Add(hashes[i]))
                Interlocked.Increment(ref counts.Skipped);
            else
                todo.Add(i);
        }
        var results = new ArticleRecord?[todo.Count];
        await Parallel.ForAsync(0, todo.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Jobs, CancellationToken = cancellationToken }, (j, _) =>
        {
            var document = batch[todo[j]];
            try
            {
                var article = _pipeline.Process(document, out var failedSteps);
                if (failedSteps.Count > 0)
                {
                    Interlocked.Increment(ref counts.Incomplete);
                    _options.OnStepFailure?.Invoke(document, failedSteps);
                }
                var record = new ArticleRecord(article, hashes[todo[j]], document);
                if (_store is Internal.IPreparesRows backend)
                    backend.Prepare(record.Row); // index tokens, JSON and compression on this thread, not the writer's
                record.PrepareStoryFeatures(); // story vector and near-duplicate fingerprint, likewise
                results[j] = record;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Interlocked.Increment(ref counts.Failed);
                onFailure?.Invoke(document, e);
            }
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        return results.OfType<ArticleRecord>().ToList();
    }

    private async Task WriteAllAsync(ChannelReader<List<ArticleRecord>> reader, Counts counts, IProgress<IngestSummary>? progress, CancellationToken cancellationToken)
    {
        await foreach (var records in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var outcomes = await _store.WriteAsync(records, cancellationToken).ConfigureAwait(false);
            // near-duplicate links and stories, in input order, once the articles are stored (a crash in between
            // leaves articles without a story, which the next run's catch-up assigns)
            await _stories.AssignAsync(records, cancellationToken).ConfigureAwait(false);
            foreach (var outcome in outcomes)
            {
                _ = outcome switch
                {
                    WriteOutcome.Added => Interlocked.Increment(ref counts.Added),
                    WriteOutcome.Updated => Interlocked.Increment(ref counts.Updated),
                    _ => Interlocked.Increment(ref counts.Skipped),
                };
            }
            progress?.Report(counts.Snapshot());
        }
    }

    private sealed class Counts
    {
        public long Read;
        public long Added;
        public long Updated;
        public long Skipped;
        public long Failed;
        public long Incomplete;

        public IngestSummary Snapshot() => new(Interlocked.Read(ref Read), Interlocked.Read(ref Added), Interlocked.Read(ref Updated),
            Interlocked.Read(ref Skipped), Interlocked.Read(ref Failed))
        { Incomplete = Interlocked.Read(ref Incomplete) };
    }
}
