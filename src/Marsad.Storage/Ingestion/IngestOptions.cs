using Marsad.Extraction;

namespace Marsad.Storage.Ingestion;

/// <summary>How <see cref="ArticleIngestor"/> batches and parallelizes.</summary>
public sealed record IngestOptions
{
    /// <summary>Articles per transaction: larger batches write faster; a crash loses at most one uncommitted batch of work.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Articles analyzed at once (the pipeline is pure, so analysis parallelizes; storage stays single-writer and ordered).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Called (from any thread) for an article stored although an analysis step failed on it — a defect, never
    /// expected: the article is kept with what the other steps found, and this names the failed steps and their errors.
    /// </summary>
    public Action<RawDocument, IReadOnlyList<string>>? OnStepFailure { get; init; }
}
