namespace Marsad.Storage.Queue;

/// <summary>A snapshot of the job queue (<c>marsad queue status</c>, the health endpoint).</summary>
/// <param name="Queued">Jobs waiting (including retries not due yet).</param>
/// <param name="Running">Jobs leased by a worker.</param>
/// <param name="Done">Finished jobs still kept (pruned after a while).</param>
/// <param name="Failed">Jobs that failed for good (<c>marsad queue retry-failed</c> puts them back).</param>
/// <param name="ExpiredLeases">Running jobs whose lease ran out (their worker died); the next worker to look re-queues them.</param>
/// <param name="OldestQueuedSeconds">Age of the oldest waiting job, or null when none waits.</param>
/// <param name="DoneLastMinute">Jobs finished in the last minute (throughput).</param>
/// <param name="Workers">Workers seen recently.</param>
/// <param name="RecentErrors">The last distinct errors of failed jobs, newest first.</param>
public sealed record QueueStatus(long Queued, long Running, long Done, long Failed, long ExpiredLeases, double? OldestQueuedSeconds,
    long DoneLastMinute, IReadOnlyList<WorkerInfo> Workers, IReadOnlyList<string> RecentErrors)
{
    /// <summary>Jobs not finished yet: waiting or running.</summary>
    public long Depth => Queued + Running;
}

/// <summary>A worker process as the registry last saw it.</summary>
public sealed record WorkerInfo(string Id, string Host, int Pid, DateTimeOffset StartedAt, DateTimeOffset LastSeen, long JobsDone, long JobsFailed);
