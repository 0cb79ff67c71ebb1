namespace Marsad.Storage.Ingestion;

/// <summary>How <see cref="ArticleIngestor"/> batches and parallelizes.</summary>
public sealed record IngestOptions
{
    /// <summary>Articles per transaction: larger batches write faster; a crash loses at most one uncommitted batch of work.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Articles analyzed at once (the pipeline is pure, so analysis parallelizes; storage stays single-writer and ordered).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}
