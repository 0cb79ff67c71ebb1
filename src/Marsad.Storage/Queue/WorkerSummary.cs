namespace Marsad.Storage.Queue;

/// <summary>What a worker did before it stopped.</summary>
/// <param name="Done">Jobs completed (article added, updated or already stored).</param>
/// <param name="Added">New articles stored.</param>
/// <param name="Failed">Failed attempts (retried later, or failed for good).</param>
/// <param name="Released">Jobs handed back unprocessed at shutdown.</param>
public sealed record WorkerSummary(long Done, long Added, long Failed, long Released);
