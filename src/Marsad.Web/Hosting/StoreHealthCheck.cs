using Marsad.Storage;
using Marsad.Storage.Maintenance;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marsad.Web.Hosting;

/// <summary>
/// Healthy when the store answers a one-hit listing; in shared mode also the job queue's state
/// (<see cref="StoreHealth"/>): degraded when jobs wait with no worker or the oldest has waited too long.
/// </summary>
internal sealed class StoreHealthCheck(IArticleStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.SearchAsync(new SearchRequest { Limit = 1, IncludeFacets = false, IncludeSnippets = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
        var report = await StoreHealth.CheckAsync(store, cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["schema_version"] = report.SchemaVersion };
        if (report.QueueDepth is { } depth)
            data["queue_depth"] = depth;
        if (report.LiveWorkers is { } workers)
            data["live_workers"] = workers;
        return report.State switch
        {
            HealthState.Healthy => HealthCheckResult.Healthy(store.Description, data),
            HealthState.Degraded => HealthCheckResult.Degraded(report.Problem, data: data),
            _ => HealthCheckResult.Unhealthy(report.Problem, data: data),
        };
    }
}
