using Marsad.Storage.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary><c>GET /api/quotes</c>: who said what, through whom.</summary>
public static class QuotesApi
{
    public static RouteGroupBuilder MapQuotesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/quotes", ListAsync).WithName("ListQuotes").WithTags("Quotes")
            .WithSummary("Quotations, newest first")
            .WithDescription("speaker: any spelling of the name (a family name finds the full name); about: words the quoted text contains.");
        return api;
    }

    public sealed record QuoteParameters(string? Speaker, string? About);

    internal static async Task<Results<Ok<Page<QuoteItem>>, ProblemHttpResult>> ListAsync(
        [AsParameters] QuoteParameters q, [AsParameters] FilterParameters filter, [AsParameters] PageParameters page,
        INewsQueries news, CancellationToken cancellationToken)
    {
        if (ApiProblems.FirstError(page.Error(), TextLimits.Check("speaker", q.Speaker, TextLimits.Name), TextLimits.Check("about", q.About, TextLimits.Query)) is { } problem)
            return problem;
        return TypedResults.Ok(await news.ListQuotesAsync(new QuoteQuery
        {
            Speaker = FilterParameters.Blank(q.Speaker),
            About = FilterParameters.Blank(q.About),
            Filter = filter.ToFilter(),
            Limit = page.Size,
            Offset = page.Skip,
        }, cancellationToken).ConfigureAwait(false));
    }
}
