using Marsad.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary><c>GET /api/stats</c> (what the store holds, as <c>marsad stats --json</c>) and <c>GET /api/overview</c> (the home page's figures).</summary>
public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", StatsAsync).WithName("Stats").WithTags("Store").WithSummary("Counts per source, day and topic");
        api.MapGet("/overview", OverviewAsync).WithName("Overview").WithTags("Store")
            .WithSummary("The latest day: its headlines, rising entities and articles per source over the last two weeks");
        return api;
    }

    internal static async Task<Ok<StoreStatistics>> StatsAsync([AsParameters] FilterParameters filter, IArticleStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.GetStatisticsAsync(filter.ToFilter(), cancellationToken).ConfigureAwait(false));

    internal static async Task<Ok<Overview>> OverviewAsync(OverviewSource overview, CancellationToken cancellationToken) =>
        TypedResults.Ok(await overview.GetAsync(cancellationToken).ConfigureAwait(false));
}
