namespace Marsad.Storage.Ingestion;

/// <summary>Counts of an ingest run so far.</summary>
/// <param name="Read">Documents read from the inputs.</param>
/// <param name="Added">New articles stored.</param>
/// <param name="Updated">Stored articles replaced by a new version.</param>
/// <param name="Skipped">Documents already stored unchanged (re-ingest is a no-op).</param>
/// <param name="Failed">Documents that could not be analyzed (each reported).</param>
public sealed record IngestSummary(long Read, long Added, long Updated, long Skipped, long Failed)
{
    /// <summary>Articles stored although one of their analysis steps failed (each reported; included in Added/Updated).</summary>
    public long Incomplete { get; init; }

    public static IngestSummary Empty { get; } = new(0, 0, 0, 0, 0);
}
