using static Marsad.Storage.Queries.Internal.QueryCommand;

namespace Marsad.Storage.Queries.Internal;

internal sealed partial class NewsQueryEngine
{
    public Task<IReadOnlyList<SourceDayCount>> GetVolumeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        _d.RunAsync<IReadOnlyList<SourceDayCount>>(async c => await ListAsync(c, $"""
            SELECT coalesce(a.source, ''), {_d.DayText}, count(*) FROM articles a WHERE a.day >= @from_day AND a.day <= @to_day
            GROUP BY a.source, a.day ORDER BY 2, 1
            """, null, r => new SourceDayCount(r.GetString(0), r.GetString(1), Long(r, 2)), cancellationToken,
            ("from_day", _d.DayValue(from)), ("to_day", _d.DayValue(to))).ConfigureAwait(false), cancellationToken);

    public Task<IReadOnlyList<EntityTrend>> GetRisingEntitiesAsync(DateRange recent, DateRange baseline, int limit = 10, int minimumArticles = 2,
        CancellationToken cancellationToken = default)
    {
        Paging.Check(limit, 0);
        (string, object?)[] days = [("recent_from", _d.DayValue(recent.From)), ("recent_to", _d.DayValue(recent.To)),
            ("base_from", _d.DayValue(baseline.From)), ("base_to", _d.DayValue(baseline.To))];
        const string inRecent = "a.day >= @recent_from AND a.day <= @recent_to";
        const string inBaseline = "a.day >= @base_from AND a.day <= @base_to";
        return _d.RunAsync<IReadOnlyList<EntityTrend>>(async c =>
        {
            var recentArticles = await CountAsync(c, $"SELECT count(*) FROM articles a WHERE {inRecent}", null, cancellationToken, days).ConfigureAwait(false);
            var baselineArticles = await CountAsync(c, $"SELECT count(*) FROM articles a WHERE {inBaseline}", null, cancellationToken, days).ConfigureAwait(false);
            if (recentArticles == 0)
                return [];
            var rows = await ListAsync(c, $"""
                SELECT m.key, count(DISTINCT CASE WHEN {inRecent} THEN m.article END) AS recent,
                       count(DISTINCT CASE WHEN {inBaseline} THEN m.article END) AS base
                FROM entity_mentions m JOIN articles a ON a.key = m.article
                WHERE ({inRecent}) OR ({inBaseline})
                GROUP BY m.key HAVING count(DISTINCT CASE WHEN {inRecent} THEN m.article END) >= @minimum
                """, null, r => (Key: r.GetString(0), Recent: Long(r, 1), Baseline: Long(r, 2)), cancellationToken,
                [.. days, ("minimum", minimumArticles)]).ConfigureAwait(false);
            // share of the period's articles, recent against baseline; ranked by articles beyond what the baseline share predicts
            var ratio = (double)recentArticles / Math.Max(1, baselineArticles);
            var ranked = rows
                .Select(r => (r.Key, r.Recent, r.Baseline,
                    Growth: (r.Recent / (double)recentArticles) / ((r.Baseline + 1) / (double)Math.Max(1, baselineArticles + 1)),
                    Excess: r.Recent - (r.Baseline * ratio)))
                .Where(r => r.Excess > 0)
                .OrderByDescending(r => r.Excess).ThenByDescending(r => r.Recent).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Take(limit).ToList();
            var described = await DescribeAsync(c, ranked.Select(r => r.Key), cancellationToken).ConfigureAwait(false);
            return [.. ranked.Select(r => new EntityTrend(described[r.Key] with { Articles = r.Recent }, r.Recent, r.Baseline, Math.Round(r.Growth, 3)))];
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ArticleRef>> GetLeadArticlesAsync(DateOnly? day, int limit = 10, CancellationToken cancellationToken = default)
    {
        Paging.Check(limit, 0);
        return _d.RunAsync<IReadOnlyList<ArticleRef>>(async c =>
        {
            object? dayValue = day is { } d ? _d.DayValue(d) : null;
            var condition = dayValue is null ? "a.day = (SELECT max(b.day) FROM articles b)" : "a.day = @day";
            return await ListAsync(c, $"SELECT {ArticleColumns} FROM articles a WHERE {condition} ORDER BY {NewestFirst} LIMIT @limit",
                null, r => ReadArticle(r, 0), cancellationToken, dayValue is null ? [("limit", limit)] : [("day", dayValue), ("limit", limit)]).ConfigureAwait(false);
        }, cancellationToken);
    }
}
