using Marsad.Storage.Internal;
using Marsad.Storage.Queue;

namespace Marsad.Storage.Maintenance;

/// <summary>
/// The health of a store for a load balancer or monitor (<c>serve</c>'s /health): the database answers, and in shared
/// mode the queue's depth, its oldest waiting job and the live workers. Degraded (still serving) when jobs wait with no
/// live worker or the oldest has waited too long; unhealthy when the database does not answer.
/// </summary>
public static class StoreHealth
{
    /// <summary>A queued job older than this with workers alive means the workers are not keeping up.</summary>
    public static TimeSpan MaxQueueAge { get; } = TimeSpan.FromMinutes(15);

    public static async Task<HealthReport> CheckAsync(IArticleStore store, CancellationToken cancellationToken = default)
    {
        try
        {
            await SharedDatabase.Of(store).RunAsync(c => SharedSql.ScalarAsync(c, null, "SELECT 1", cancellationToken), cancellationToken).ConfigureAwait(false);
            if (!JobQueue.IsAvailable(store))
                return new HealthReport(HealthState.Healthy, store.SchemaVersion, null, null, null, null);
            var queue = await JobQueue.For(store).GetStatusAsync(cancellationToken).ConfigureAwait(false);
            var live = queue.Workers.Count;
            var problem = queue.Queued > 0 && live == 0 ? "jobs are waiting and no worker is running"
                : queue.OldestQueuedSeconds > MaxQueueAge.TotalSeconds ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the oldest queued job has waited longer than {MaxQueueAge.TotalMinutes:0} minutes")
                : null;
            return new HealthReport(problem is null ? HealthState.Healthy : HealthState.Degraded, store.SchemaVersion, queue.Depth, queue.OldestQueuedSeconds, live, problem);
        }
        catch (StoreException e)
        {
            return new HealthReport(HealthState.Unhealthy, store.SchemaVersion, null, null, null, e.Message);
        }
    }
}

/// <summary>Healthy, Degraded (working, but something needs attention) or Unhealthy (the database does not answer).</summary>
public enum HealthState
{
    Healthy,
    Degraded,
    Unhealthy,
}

/// <summary>What <see cref="StoreHealth.CheckAsync"/> found.</summary>
/// <param name="QueueDepth">Jobs queued or running (shared mode only).</param>
/// <param name="LiveWorkers">Workers seen recently (shared mode only).</param>
/// <param name="Problem">Why the state is not Healthy.</param>
public sealed record HealthReport(HealthState State, int SchemaVersion, long? QueueDepth, double? OldestQueuedSeconds, int? LiveWorkers, string? Problem);
