using Marsad.Extraction;

namespace Marsad.Storage.Queue;

/// <summary>A job a worker has claimed: its lease is the worker's until it completes, fails or releases it, or the lease expires.</summary>
/// <param name="Id">The job's id in the queue.</param>
/// <param name="Kind">What to do (<see cref="JobKinds"/>).</param>
/// <param name="DedupeKey">The document's content hash (one pending job per document).</param>
/// <param name="Document">The raw document to analyze and store.</param>
/// <param name="Attempt">This attempt's number, from 1 (an expired lease counts as an attempt).</param>
/// <param name="MaxAttempts">After this many attempts the job fails for good.</param>
/// <param name="Origin">Where the document came from, for messages.</param>
public sealed record QueuedJob(long Id, string Kind, string DedupeKey, RawDocument Document, int Attempt, int MaxAttempts, string? Origin);

/// <summary>The kinds of job the queue holds.</summary>
public static class JobKinds
{
    /// <summary>Analyze a raw document and store the article.</summary>
    public const string Ingest = "ingest";
}
