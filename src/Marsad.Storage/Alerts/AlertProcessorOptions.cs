namespace Marsad.Storage.Alerts;

/// <summary>How <see cref="AlertProcessor"/> retries webhooks.</summary>
public sealed record AlertProcessorOptions
{
    /// <summary>Delay before the second attempt; each further attempt waits twice as long (with ±20% jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a delivery is given up (recorded as failed).</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>Time allowed for one POST.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries sent at once.</summary>
    public int Concurrency { get; init; } = 4;
}
