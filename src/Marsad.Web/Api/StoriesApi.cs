using Marsad.Storage;
using Marsad.Storage.Queries;
using Marsad.Storage.Stories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary>
/// <c>GET /api/stories</c> and <c>GET /api/stories/{id}</c>: the stories the store holds (articles about one event across
/// outlets and days, assigned at ingest). The JSON is that of <c>marsad stories --json</c> (each item) and
/// <c>marsad story ID --json</c>.
/// </summary>
public static class StoriesApi
{
    public static RouteGroupBuilder MapStoriesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stories", ListAsync).WithName("ListStories").WithTags("Stories")
            .WithSummary("Stories with an article published in the period, largest first")
            .WithDescription("A story is the articles about one event across outlets and days. from, to: YYYY-MM-DD (either may be left open); "
                + "min_articles leaves out smaller stories (1 lists every story, single articles included).");
        api.MapGet("/stories/{id}", GetAsync).WithName("GetStory").WithTags("Stories")
            .WithSummary("One story: its articles in time order, the original wire reports their copies came from, its outlets and entities");
        return api;
    }

    /// <param name="From">Stories with an article published on or after this day.</param>
    /// <param name="To">Stories with an article published on or before this day.</param>
    /// <param name="MinArticles">Only stories with at least this many articles (default 1).</param>
    public sealed record StoryListParameters(DateOnly? From, DateOnly? To, [FromQuery(Name = "min_articles")] int? MinArticles);

    internal static async Task<Results<Ok<Page<StoryItem>>, ProblemHttpResult>> ListAsync(
        [AsParameters] StoryListParameters q, [AsParameters] PageParameters page, IArticleStore store, CancellationToken cancellationToken)
    {
        if (ApiProblems.FirstError(page.Error(), q.From > q.To ? "from is after to" : null,
                q.MinArticles is null or (>= 1 and <= 100_000) ? null : "min_articles must be between 1 and 100000") is { } problem)
            return problem;
        var stories = await store.ListStoriesAsync(new StoryListQuery(q.From, q.To, q.MinArticles ?? 1, page.Skip, page.Size), cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(new Page<StoryItem>(stories.Total, page.Skip, page.Size, [.. stories.Stories.Select(StoryItem.From)]));
    }

    internal static async Task<Results<Ok<StoryResponse>, ProblemHttpResult>> GetAsync(string id, IArticleStore store, CancellationToken cancellationToken)
    {
        if (ApiProblems.FirstError(TextLimits.Check("id", id, TextLimits.Name)) is { } problem)
            return problem;
        var story = await store.GetStoryAsync(id.Trim(), cancellationToken).ConfigureAwait(false);
        return story is null ? ApiProblems.NotFound($"no story '{id}' in the store") : TypedResults.Ok(StoryResponse.From(story));
    }
}
