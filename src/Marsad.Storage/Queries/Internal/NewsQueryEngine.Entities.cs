using System.Data.Common;
using Marsad.Storage.Internal;
using static Marsad.Storage.Queries.Internal.QueryCommand;

namespace Marsad.Storage.Queries.Internal;

internal sealed partial class NewsQueryEngine
{
    /// <summary>Spellings listed per entity in lists.</summary>
    private const int VariantLimit = 12;

    public Task<Page<EntitySummary>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        Paging.Check(query.Limit, query.Offset);
        var filter = Filter(query.Filter);
        var parameters = Parameters(("limit", query.Limit), ("offset", query.Offset));
        var from = "FROM entity_mentions m JOIN articles a ON a.key = m.article WHERE 1 = 1" + filter.Conditions;
        if (query.Type is { } type)
        {
            from += " AND m.type = @type";
            parameters.Add(("type", type));
        }
        var args = parameters.ToArray();
        return _d.RunAsync(async c =>
        {
            var total = await CountAsync(c, $"SELECT count(DISTINCT m.key) {from}", filter, cancellationToken, args).ConfigureAwait(false);
            var rows = await ListAsync(c, $"SELECT m.key, count(DISTINCT m.article) AS n, count(*) {from} GROUP BY m.key ORDER BY n DESC, m.key LIMIT @limit OFFSET @offset",
                filter, r => (Key: r.GetString(0), Articles: Long(r, 1), Mentions: Long(r, 2)), cancellationToken, args).ConfigureAwait(false);
            var described = await DescribeAsync(c, rows.Select(r => r.Key), cancellationToken).ConfigureAwait(false);
            var items = rows.Select(r => described[r.Key] with { Articles = r.Articles, Mentions = r.Mentions }).ToList();
            return new Page<EntitySummary>(total, query.Offset, query.Limit, items);
        }, cancellationToken);
    }

    public Task<EntityProfile?> GetEntityAsync(string nameOrKey, EntityProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EntityProfileOptions();
        Paging.Check(options.ArticleLimit, options.ArticleOffset);
        Paging.Check(options.CoMentionLimit, 0);
        return _d.RunAsync(async c =>
        {
            var key = await ResolveKeyAsync(c, nameOrKey, cancellationToken).ConfigureAwait(false);
            if (key is null)
                return null;
            (string, object?) k = ("key", key);
            var totals = await ListAsync(c, "SELECT count(DISTINCT m.article), count(*) FROM entity_mentions m WHERE m.key = @key", null,
                r => (Articles: Long(r, 0), Mentions: Long(r, 1)), cancellationToken, k).ConfigureAwait(false);
            var described = (await DescribeAsync(c, [key], cancellationToken).ConfigureAwait(false))[key];
            var summary = described with { Articles = totals[0].Articles, Mentions = totals[0].Mentions };
            var spellings = await ListAsync(c, """
                SELECT m.text, m.type, count(*), count(DISTINCT m.article) FROM entity_mentions m WHERE m.key = @key
                GROUP BY m.text, m.type ORDER BY 3 DESC, 1, 2
                """, null, r => new SpellingCount(r.GetString(0), r.GetString(1), Long(r, 2), Long(r, 3)), cancellationToken, k).ConfigureAwait(false);
            var days = await ListAsync(c, $"""
                SELECT {_d.DayText}, count(DISTINCT m.article) FROM entity_mentions m JOIN articles a ON a.key = m.article
                WHERE m.key = @key AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day
                """, null, r => new DayCount(r.GetString(0), Long(r, 1)), cancellationToken, k).ConfigureAwait(false);
            var co = await ListAsync(c, """
                SELECT o.key, count(DISTINCT o.article) AS n FROM entity_mentions o
                WHERE o.article IN (SELECT m.article FROM entity_mentions m WHERE m.key = @key) AND o.key <> @key
                GROUP BY o.key ORDER BY n DESC, o.key LIMIT @n
                """, null, r => (Key: r.GetString(0), Articles: Long(r, 1)), cancellationToken, k, ("n", options.CoMentionLimit)).ConfigureAwait(false);
            var coNames = await DescribeAsync(c, co.Select(x => x.Key), cancellationToken).ConfigureAwait(false);
            var articles = await ListAsync(c, $"""
                SELECT {ArticleColumns} FROM articles a WHERE a.key IN (SELECT m.article FROM entity_mentions m WHERE m.key = @key)
                ORDER BY {NewestFirst} LIMIT @limit OFFSET @offset
                """, null, r => ReadArticle(r, 0), cancellationToken, k, ("limit", options.ArticleLimit), ("offset", options.ArticleOffset)).ConfigureAwait(false);
            var quotes = await CountAsync(c, "SELECT count(*) FROM quotes q WHERE q.speaker_key = @key", null, cancellationToken, k).ConfigureAwait(false);
            return new EntityProfile(summary, spellings, days,
                [.. co.Select(x => new CoMention(x.Key, coNames[x.Key].Name, coNames[x.Key].Type, x.Articles))],
                new Page<ArticleRef>(summary.Articles, options.ArticleOffset, options.ArticleLimit, articles), quotes);
        }, cancellationToken);
    }

    /// <summary>
    /// The stored key <paramref name="nameOrKey"/> stands for: itself when it is a key, else the key of the name, else (for a
    /// family name) the most mentioned entity whose key ends with it.
    /// </summary>
    private async Task<string?> ResolveKeyAsync(DbConnection c, string nameOrKey, CancellationToken cancellationToken)
    {
        var text = nameOrKey.Trim();
        if (text.Length == 0)
            return null;
        var match = new NameMatch(text);
        foreach (var candidate in new[] { text, match.Key }.Distinct(StringComparer.Ordinal))
        {
            if (await CountAsync(c, "SELECT count(*) FROM (SELECT 1 FROM entity_mentions m WHERE m.key = @key LIMIT 1) x", null, cancellationToken, ("key", candidate)).ConfigureAwait(false) > 0)
                return candidate;
        }
        if (!match.AllowsSurname)
            return null;
        var keys = await ListAsync(c, "SELECT m.key, count(*) AS n FROM entity_mentions m WHERE m.key LIKE @pattern ESCAPE '\\' GROUP BY m.key ORDER BY n DESC, m.key LIMIT 1",
            null, r => r.GetString(0), cancellationToken, ("pattern", match.SuffixPattern)).ConfigureAwait(false);
        return keys.Count > 0 ? keys[0] : null;
    }

    /// <summary>Name, type, Latin rendering and spellings of each key, over the whole store (counts left at zero).</summary>
    private async Task<Dictionary<string, EntitySummary>> DescribeAsync(DbConnection c, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var list = keys.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, EntitySummary>(StringComparer.Ordinal);
        if (list.Count == 0)
            return result;
        var rows = await ListAsync(c, $"""
            SELECT m.key, coalesce(m.canonical, m.text), m.text, m.type, m.latin, count(*) FROM entity_mentions m
            WHERE {_d.InJsonArray("m.key", "keys")} GROUP BY m.key, coalesce(m.canonical, m.text), m.text, m.type, m.latin
            """, null, r => (Key: r.GetString(0), Canonical: r.GetString(1), Text: r.GetString(2), Type: r.GetString(3), Latin: Str(r, 4), Count: Long(r, 5)),
            cancellationToken, ("keys", JsonArray(list))).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => r.Key, StringComparer.Ordinal))
        {
            var name = Most(group.Select(r => (r.Canonical, r.Count)), preferLonger: true);
            var type = Most(group.Select(r => (r.Type, r.Count)), preferLonger: false);
            var latin = group.Where(r => r.Latin is { Length: > 0 }).OrderBy(r => r.Canonical == name ? 0 : 1).ThenByDescending(r => r.Count).Select(r => r.Latin).FirstOrDefault();
            var variants = group.SelectMany(r => new[] { (r.Text, r.Count), (r.Canonical, 0L) })
                .GroupBy(v => v.Item1, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(v => v.Item2)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).Take(VariantLimit).ToList();
            result[group.Key] = new EntitySummary(group.Key, name, latin, type, 0, 0, variants);
        }
        return result;
    }

    /// <summary>The value with the largest count (ties: the longer one when <paramref name="preferLonger"/>, then ordinal order).</summary>
    private static string Most(IEnumerable<(string Value, long Count)> values, bool preferLonger) =>
        values.GroupBy(v => v.Value, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: g.Sum(v => v.Count)))
            .OrderByDescending(g => g.Count).ThenByDescending(g => preferLonger ? g.Key.Length : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
