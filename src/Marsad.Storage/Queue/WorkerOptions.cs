namespace Marsad.Storage.Queue;

/// <summary>How a <see cref="QueueWorker"/> claims and processes jobs.</summary>
public sealed record WorkerOptions
{
    /// <summary>The worker's name in the queue (default: host-pid-random).</summary>
    public string? Id { get; init; }

    /// <summary>Jobs claimed at once and stored in one transaction.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Documents analyzed in parallel within a batch.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>How long a claimed job stays the worker's without a heartbeat; it is renewed every third of this.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait before looking again when the queue is empty.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>After a stop request, how long the batch in hand may take to finish before its jobs are handed back.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest wait between attempts to reach a database that went away.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first retry delay of a job that failed (doubling per attempt).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Stop when no job is waiting or running anywhere (for batch runs and benchmarks).</summary>
    public bool ExitWhenEmpty { get; init; }

    /// <summary>Done jobs older than this are deleted by workers' housekeeping.</summary>
    public TimeSpan KeepDoneJobs { get; init; } = TimeSpan.FromDays(7);
}
