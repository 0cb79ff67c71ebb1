using Marsad.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary><c>GET /api/search</c>: full-text search with filters, facets, highlighted snippets and paging.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithName("Search").WithTags("Search")
            .WithSummary("Search articles")
            .WithDescription("Free Arabic text (quotes make a phrase, a leading minus excludes a word). Without q, lists the articles matching the filters, newest first.");
        return api;
    }

    /// <summary>The search parameters beyond filters and paging.</summary>
    /// <param name="Q">The query.</param>
    /// <param name="Sort"><c>relevance</c> (default) or <c>newest</c>.</param>
    /// <param name="Match"><c>any</c> word (ranked, default) or <c>all</c> words.</param>
    /// <param name="Facets">Counts per source, topic, entity and day (default true).</param>
    public sealed record SearchParameters(string? Q, string? Sort, string? Match, bool? Facets);

    internal static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        [AsParameters] SearchParameters search, [AsParameters] FilterParameters filter, [AsParameters] PageParameters page,
        IArticleStore store, CancellationToken cancellationToken)
    {
        if (ApiProblems.FirstError(page.Error(), TextLimits.Check("q", search.Q, TextLimits.Query), SortError(search.Sort), MatchError(search.Match)) is { } problem)
            return problem;
        var request = new SearchRequest
        {
            Query = search.Q ?? "",
            Filter = filter.ToFilter(),
            Limit = page.Size,
            Offset = page.Skip,
            Sort = string.Equals(search.Sort, "newest", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
            Match = string.Equals(search.Match, "all", StringComparison.OrdinalIgnoreCase) ? MatchMode.All : MatchMode.Any,
            IncludeFacets = search.Facets ?? true,
        };
        var results = await store.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(SearchResponse.From(results, request));
    }

    private static string? SortError(string? sort) =>
        sort is null or "" || sort.Equals("relevance", StringComparison.OrdinalIgnoreCase) || sort.Equals("newest", StringComparison.OrdinalIgnoreCase)
            ? null : "sort must be relevance or newest";

    private static string? MatchError(string? match) =>
        match is null or "" || match.Equals("any", StringComparison.OrdinalIgnoreCase) || match.Equals("all", StringComparison.OrdinalIgnoreCase)
            ? null : "match must be any or all";
}
