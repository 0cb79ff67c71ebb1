using System.Data.Common;
using System.Text.Json;
using static Marsad.Storage.Queries.Internal.QueryCommand;

namespace Marsad.Storage.Queries.Internal;

internal sealed partial class NewsQueryEngine
{
    public Task<EventPage> ListEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        Paging.Check(query.Limit, query.Offset);
        var filter = Filter(query.Filter);
        var parameters = Parameters();
        var conditions = filter.Conditions;
        var typeCondition = "";
        if (query.Type is { Length: > 0 } type)
        {
            typeCondition = " AND e.type = @type";
            parameters.Add(("type", type));
        }
        var actor = string.IsNullOrWhiteSpace(query.Actor) ? null : new NameMatch(query.Actor);
        var from = $"FROM events e JOIN articles a ON a.key = e.article WHERE 1 = 1{conditions}";
        var select = $"SELECT {ArticleColumns}, e.type, {_d.ActorsText}, e.place, e.date, e.sentence {from}{typeCondition} ORDER BY {NewestFirst}, e.ord";
        return _d.RunAsync(async c =>
        {
            if (actor is null)
            {
                var types = await ListAsync(c, $"SELECT e.type, count(*) {from} GROUP BY e.type ORDER BY 2 DESC, 1", filter,
                    r => new FacetCount(r.GetString(0), Long(r, 1)), cancellationToken, [.. parameters.Where(p => p.Item1 != "type")]).ConfigureAwait(false);
                var total = query.Type is null ? types.Sum(t => t.Count) : types.FirstOrDefault(t => t.Value == query.Type)?.Count ?? 0;
                var page = await ListAsync(c, select + " LIMIT @limit OFFSET @offset", filter, ReadEvent, cancellationToken,
                    [.. parameters, ("limit", query.Limit), ("offset", query.Offset)]).ConfigureAwait(false);
                return new EventPage(total, query.Offset, query.Limit, page, types);
            }
            // actors are names as written (often with titles): matched here, by key or as a whole-word part
            var all = await ListAsync(c, $"SELECT {ArticleColumns}, e.type, {_d.ActorsText}, e.place, e.date, e.sentence {from} ORDER BY {NewestFirst}, e.ord LIMIT {ScanLimit}",
                filter, ReadEvent, cancellationToken, [.. parameters.Where(p => p.Item1 != "type")]).ConfigureAwait(false);
            var byActor = all.Where(e => e.Actors.Any(actor.MatchesName)).ToList();
            var typeCounts = byActor.GroupBy(e => e.Type, StringComparer.Ordinal)
                .Select(g => new FacetCount(g.Key, g.LongCount())).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
            var matching = query.Type is null ? byActor : byActor.Where(e => e.Type == query.Type).ToList();
            return new EventPage(matching.Count, query.Offset, query.Limit, [.. matching.Skip(query.Offset).Take(query.Limit)], typeCounts);
        }, cancellationToken);
    }

    private static EventItem ReadEvent(DbDataReader r) => new(
        ReadArticle(r, 0), r.GetString(6), Actors(r.GetString(7)), Str(r, 8), Str(r, 9), r.GetString(10));

    private static string[] Actors(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
