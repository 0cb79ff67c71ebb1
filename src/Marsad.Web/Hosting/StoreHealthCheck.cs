using Marsad.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marsad.Web.Hosting;

/// <summary>Healthy when the store answers a one-hit listing.</summary>
internal sealed class StoreHealthCheck(IArticleStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.SearchAsync(new SearchRequest { Limit = 1, IncludeFacets = false, IncludeSnippets = false }, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(store.Description);
        }
        catch (StoreException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
