using Marsad.Storage.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary><c>GET /api/entities</c> and <c>GET /api/entities/{key}</c>: who is in the news, under every spelling.</summary>
public static class EntitiesApi
{
    public static RouteGroupBuilder MapEntitiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/entities", ListAsync).WithName("ListEntities").WithTags("Entities")
            .WithSummary("Entities mentioned in the matching articles, most articles first");
        api.MapGet("/entities/{key}", GetAsync).WithName("GetEntity").WithTags("Entities")
            .WithSummary("One entity: spellings, Latin name, mentions per day, co-mentioned entities, articles and quotes")
            .WithDescription("key is an entity key as listed, or any spelling of the name (a family name finds the full name).");
        return api;
    }

    /// <param name="Type">PER, LOC, ORG or MISC.</param>
    public sealed record EntityListParameters(string? Type);

    /// <summary>Paging of an entity's articles and quotes (query names in snake_case, as the JSON).</summary>
    public sealed record EntityParameters(
        [FromQuery(Name = "article_limit")] int? ArticleLimit, [FromQuery(Name = "article_offset")] int? ArticleOffset,
        [FromQuery(Name = "quote_limit")] int? QuoteLimit, [FromQuery(Name = "quote_offset")] int? QuoteOffset,
        [FromQuery(Name = "co_mention_limit")] int? CoMentionLimit);

    internal static async Task<Results<Ok<Page<EntitySummary>>, ProblemHttpResult>> ListAsync(
        [AsParameters] EntityListParameters list, [AsParameters] FilterParameters filter, [AsParameters] PageParameters page,
        INewsQueries news, CancellationToken cancellationToken)
    {
        var type = FilterParameters.Blank(list.Type)?.ToUpperInvariant();
        if (ApiProblems.FirstError(page.Error(), type is null or "PER" or "LOC" or "ORG" or "MISC" ? null : "type must be PER, LOC, ORG or MISC") is { } problem)
            return problem;
        return TypedResults.Ok(await news.ListEntitiesAsync(
            new EntityQuery { Filter = filter.ToFilter(), Type = type, Limit = page.Size, Offset = page.Skip }, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<EntityResponse>, ProblemHttpResult>> GetAsync(
        string key, [AsParameters] EntityParameters p, INewsQueries news, CancellationToken cancellationToken)
    {
        var articles = new PageParameters(p.ArticleLimit, p.ArticleOffset);
        var quotes = new PageParameters(p.QuoteLimit, p.QuoteOffset);
        if (ApiProblems.FirstError(TextLimits.Check("key", key, TextLimits.Name), articles.Error(), quotes.Error(),
                p.CoMentionLimit is null or (>= 1 and <= 100) ? null : "co_mention_limit must be between 1 and 100") is { } problem)
            return problem;
        var response = await EntityResponse.LoadAsync(news, key, new EntityProfileOptions
        {
            ArticleLimit = articles.Size,
            ArticleOffset = articles.Skip,
            CoMentionLimit = p.CoMentionLimit ?? 15,
        }, quotes.Size, quotes.Skip, cancellationToken).ConfigureAwait(false);
        return response is null ? ApiProblems.NotFound($"no entity '{key}' in the store") : TypedResults.Ok(response);
    }
}

/// <summary>One entity as the API gives it.</summary>
/// <param name="Entity">Key, name, Latin name, type, totals and the most frequent spellings.</param>
/// <param name="Spellings">Every spelling with its counts.</param>
/// <param name="Days">Articles mentioning it per day.</param>
/// <param name="CoMentioned">Entities in the same articles.</param>
/// <param name="Articles">The latest articles mentioning it.</param>
/// <param name="Quotes">What it said (as the speaker), newest first.</param>
public sealed record EntityResponse(
    EntitySummary Entity,
    IReadOnlyList<SpellingCount> Spellings,
    IReadOnlyList<DayCount> Days,
    IReadOnlyList<CoMention> CoMentioned,
    Page<ArticleRef> Articles,
    Page<QuoteItem> Quotes)
{
    /// <summary>The entity <paramref name="nameOrKey"/> names (a key or any spelling) with a page of its quotes; null when unknown.</summary>
    public static async Task<EntityResponse?> LoadAsync(INewsQueries news, string nameOrKey, EntityProfileOptions options, int quoteLimit, int quoteOffset,
        CancellationToken cancellationToken)
    {
        var profile = await news.GetEntityAsync(nameOrKey, options, cancellationToken).ConfigureAwait(false);
        if (profile is null)
            return null;
        var said = await news.ListQuotesAsync(new QuoteQuery { SpeakerKey = profile.Entity.Key, Limit = quoteLimit, Offset = quoteOffset }, cancellationToken).ConfigureAwait(false);
        return new EntityResponse(profile.Entity, profile.Spellings, profile.Days, profile.CoMentioned, profile.Articles, said);
    }
}
