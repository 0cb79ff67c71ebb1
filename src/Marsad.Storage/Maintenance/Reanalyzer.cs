using System.Data.Common;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Maintenance;

/// <summary>
/// Re-analyzes every stored article from its kept raw document (after a model or extractor update), in key order and
/// in batches, recording its position after each batch (maintenance_runs, migration 5): an interrupted run resumes
/// where it stopped, and a finished one starts again from the first article. Works on both stores.
/// </summary>
public sealed partial class Reanalyzer
{
    /// <summary>The run's name in maintenance_runs.</summary>
    public const string RunName = "reanalyze";

    private readonly IArticleStore _store;
    private readonly ArticlePipeline _pipeline;
    private readonly SharedDatabase _db;
    private readonly int _jobs;
    private readonly int _batchSize;

    public Reanalyzer(IArticleStore store, ArticlePipeline pipeline, int jobs = 0, int batchSize = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _store = store;
        _pipeline = pipeline;
        _db = SharedDatabase.Of(store);
        _jobs = jobs > 0 ? jobs : Environment.ProcessorCount;
        _batchSize = batchSize;
    }

    /// <summary>Runs (or resumes) the re-analysis to the last article; cancellation stops after the batch in hand, which stays recorded.</summary>
    /// <param name="restart">Start from the first article even if an earlier run was interrupted.</param>
    /// <param name="progress">Receives the running counts after each batch.</param>
    public async Task<ReanalyzeSummary> RunAsync(bool restart = false, IProgress<ReanalyzeSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        var (cursor, resumedAt) = await StartAsync(restart, cancellationToken).ConfigureAwait(false);
        var total = await _db.RunAsync(c => SharedSql.ScalarAsync(c, null, "SELECT count(*) FROM articles", cancellationToken), cancellationToken).ConfigureAwait(false);
        var summary = new ReanalyzeSummary(resumedAt, total, 0, 0, 0, 0, false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await NextBatchAsync(cursor, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
                break;
            var (records, noRaw, failed) = await AnalyzeAsync(batch, cancellationToken).ConfigureAwait(false);
            var keys = records.Select(r => r.Key).ToList();
            // the stored hash is changed first, so the store's write sees a changed article and replaces every finding;
            // a crash before the write leaves the batch to the resumed run (the cursor has not moved)
            await MarkAsync(keys, cancellationToken).ConfigureAwait(false);
            var outcomes = await _store.WriteAsync(records.Select(r => r.Record).ToList(), cancellationToken).ConfigureAwait(false);
            cursor = batch[^1].Key;
            await AdvanceAsync(cursor, batch.Count, cancellationToken).ConfigureAwait(false);
            summary = summary with
            {
                Processed = summary.Processed + batch.Count,
                Updated = summary.Updated + outcomes.Count(o => o != WriteOutcome.Unchanged),
                WithoutRaw = summary.WithoutRaw + noRaw,
                Failed = summary.Failed + failed,
            };
            progress?.Report(summary);
        }
        await _db.RunAsync(c => SharedSql.ExecuteAsync(c, null, "UPDATE maintenance_runs SET finished_at = @now, updated_at = @now WHERE name = @name",
            cancellationToken, ("@now", _db.Time(DateTimeOffset.UtcNow)), ("@name", RunName)), cancellationToken).ConfigureAwait(false);
        return summary with { Finished = true };
    }

    private async Task<(List<(long Key, ArticleRecord Record)> Records, int NoRaw, int Failed)> AnalyzeAsync(IReadOnlyList<(long Key, string Id)> batch, CancellationToken cancellationToken)
    {
        var raws = new RawDocument?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
            raws[i] = await _store.GetRawDocumentAsync(batch[i].Id, cancellationToken).ConfigureAwait(false);
        var results = new ArticleRecord?[batch.Count];
        var failed = 0;
        await Parallel.ForAsync(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _jobs, CancellationToken = cancellationToken }, (i, _) =>
        {
            if (raws[i] is not { } raw)
                return ValueTask.CompletedTask;
            try
            {
                var article = _pipeline.Process(raw, out var failedSteps);
                if (failedSteps.Count > 0)
                {
                    // keep the stored version, whose findings are complete, rather than replace it with a partial one
                    throw new InvalidOperationException("an analysis step failed: " + string.Join("; ", failedSteps));
                }
                var record = new ArticleRecord(article, ContentHash.Of(raw), raw);
                if (_store is IPreparesRows backend)
                    backend.Prepare(record.Row);
                results[i] = record;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // the stored version stays as it was
                Interlocked.Increment(ref failed);
                OnFailure?.Invoke(batch[i].Id, e);
            }
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        var records = new List<(long, ArticleRecord)>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i] is { } record)
                records.Add((batch[i].Key, record));
        }
        return (records, raws.Count(r => r is null), failed);
    }

    /// <summary>Called (from any thread) for each article that cannot be re-analyzed; its stored version is kept.</summary>
    public Action<string, Exception>? OnFailure { get; set; }
}
