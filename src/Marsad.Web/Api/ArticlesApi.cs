using Marsad.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary><c>GET /api/articles/{id}</c>: one stored article as <c>marsad analyze</c> writes it (INTERFACES.md).</summary>
public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/articles/{id}", GetAsync).WithName("GetArticle").WithTags("Articles")
            .WithSummary("One article with everything found in it");
        return api;
    }

    internal static async Task<Results<Ok<Article>, ProblemHttpResult>> GetAsync(string id, IArticleStore store, CancellationToken cancellationToken)
    {
        if (TextLimits.Check("id", id, TextLimits.Name) is { } error)
            return ApiProblems.BadRequest(error);
        return await store.GetArticleAsync(id, cancellationToken).ConfigureAwait(false) is { } article
            ? TypedResults.Ok(article)
            : ApiProblems.NotFound($"no article with id '{id}'");
    }
}
