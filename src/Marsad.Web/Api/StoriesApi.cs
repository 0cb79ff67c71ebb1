using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary>
/// <c>GET /api/stories</c> and <c>GET /api/stories/{id}</c>. The store does not hold stories yet (story clustering is
/// a separate feature); until it does, both answer 501 with a ProblemDetails saying so — no story is ever made up here.
/// </summary>
public static class StoriesApi
{
    /// <summary>What the API and the Story page say while the store has no stories.</summary>
    public const string NotAvailable = "Stories are not available: this store does not hold story clusters yet.";

    public static RouteGroupBuilder MapStoriesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stories", List).WithName("ListStories").WithTags("Stories").WithSummary("Stories across outlets (not available yet)");
        api.MapGet("/stories/{id}", Get).WithName("GetStory").WithTags("Stories").WithSummary("One story (not available yet)");
        return api;
    }

    internal static ProblemHttpResult List() => Unavailable();

    internal static ProblemHttpResult Get(string id) => Unavailable();

    private static ProblemHttpResult Unavailable() =>
        TypedResults.Problem(detail: NotAvailable, statusCode: StatusCodes.Status501NotImplemented, title: "Stories are not available");
}
