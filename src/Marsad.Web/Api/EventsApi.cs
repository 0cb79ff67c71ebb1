using Marsad.Storage.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary><c>GET /api/events</c>: what happened, by type and actor.</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", ListAsync).WithName("ListEvents").WithTags("Events")
            .WithSummary("Events, newest first, with counts per type")
            .WithDescription("type: meeting, visit, agreement, statement, … ; actor: any spelling of a name.");
        return api;
    }

    public sealed record EventParameters(string? Type, string? Actor);

    internal static async Task<Results<Ok<EventPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] EventParameters e, [AsParameters] FilterParameters filter, [AsParameters] PageParameters page,
        INewsQueries news, CancellationToken cancellationToken)
    {
        if (ApiProblems.FirstError(page.Error(), TextLimits.Check("type", e.Type, TextLimits.Name), TextLimits.Check("actor", e.Actor, TextLimits.Name)) is { } problem)
            return problem;
        return TypedResults.Ok(await news.ListEventsAsync(new EventQuery
        {
            Type = FilterParameters.Blank(e.Type),
            Actor = FilterParameters.Blank(e.Actor),
            Filter = filter.ToFilter(),
            Limit = page.Size,
            Offset = page.Skip,
        }, cancellationToken).ConfigureAwait(false));
    }
}
