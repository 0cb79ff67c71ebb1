using System.Globalization;
using Marsad.Serialization;
using Marsad.Storage.Internal;
using Marsad.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

internal sealed partial class SqliteArticleStore
{
    /// <summary>The entity facet counts mentions in at most this many best hits (exact below it).</summary>
    internal const int EntityFacetDepth = 500;

    private static readonly string Bm25Score = string.Create(CultureInfo.InvariantCulture,
        $"-bm25(article_terms, {Bm25.HeadlineWeight:R}, {Bm25.BodyWeight:R})");

    /// <summary>
    /// A search costs, at most, one pass of FTS5 over the matches that scores them (the page and the entity facet's best
    /// hits come from it), one pass that counts them (total and the source, topic and day facets together), and the
    /// records of the page's hits. When only words narrow the matches and hits are ranked, the best are taken
    /// from FTS5 alone (SQLite's top-k sorter over <c>bm25()</c>) without touching the articles table.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        SearchValidation.Check(request);
        var parsed = QueryParser.Parse(request.Query, request.PlainText);
        var filter = FilterSql.Build(request.Filter, PublishedDate.FormatBoxed);
        var (from, score, match) = Source(parsed, request.Match, filter);
        var order = FilterSql.OrderBy(request.Sort, parsed.HasWords, "a.id");
        var rankInIndex = parsed.HasWords && request.Sort == SearchSort.Relevance && filter.Conditions.Length == 0;
        // with facets, the pass over every match runs beside the ranking, on a second connection
        var facetPass = request.IncludeFacets ? FacetPassAsync(from, filter, match, cancellationToken) : null;
        try
        {
            return await RunAsync(async connection =>
            {
                var depth = request.IncludeFacets ? EntityFacetDepth : 0;
                List<(long Key, string Id, double Score)> page;
                List<long> best;
                if (rankInIndex)
                {
                    var ranked = RankedByIndex(connection, match!, request.Offset + request.Limit, depth);
                    page = PageOf(connection, ranked, request.Offset, request.Limit);
                    best = ranked.Take(depth).Select(r => r.Key).ToList();
                }
                else
                {
                    page = Page(connection, $"SELECT a.key, a.id, {score} AS score {from} ORDER BY {order} LIMIT @limit OFFSET @offset", filter, match, request.Limit, request.Offset);
                    best = depth == 0 ? [] : Page(connection, $"SELECT a.key, a.id, {score} AS score {from} ORDER BY {order} LIMIT @limit", filter, match, depth, 0).ConvertAll(p => p.Key);
                }
                var hits = HitAssembler.Assemble(HitRows(connection, page), parsed, request.IncludeSnippets);
                if (facetPass is null)
                {
                    var count = Count(connection, rankInIndex ? "SELECT count(*) FROM article_terms WHERE article_terms MATCH @match" : $"SELECT count(*) {from}", filter, match);
                    return new SearchResults(count, hits, null);
                }
                var entities = Entities(connection, best, request.EntityFacetSize);
                var counted = await facetPass.ConfigureAwait(false);
                return new SearchResults(counted.Total, hits, new SearchFacets(counted.Sources, counted.Topics, entities, counted.Days));
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (facetPass is not null)
            {
                // observed in every case: a failed or cancelled search leaves no unobserved task behind
                try
                {
                    await facetPass.ConfigureAwait(false);
                }
                catch (Exception e) when (e is StoreException or OperationCanceledException)
                {
                    // the search itself reports what went wrong
                }
            }
        }
    }

    /// <summary>The FROM … WHERE … of a search, its score expression and the FTS5 MATCH text (null when none is needed).</summary>
    private static (string From, string Score, string? Match) Source(ParsedQuery parsed, MatchMode mode, FilterSql filter)
    {
        if (parsed.HasWords)
            return ("FROM article_terms JOIN articles a ON a.key = article_terms.rowid WHERE article_terms MATCH @match" + filter.Conditions,
                Bm25Score, Fts5Query.Build(parsed, mode));
        if (parsed.Exclude.Count > 0)
            return ("FROM articles a WHERE a.key NOT IN (SELECT rowid FROM article_terms WHERE article_terms MATCH @match)" + filter.Conditions,
                "0.0", Fts5Query.Exclusions(parsed));
        return ("FROM articles a WHERE 1 = 1" + filter.Conditions, "0.0", null);
    }

    /// <summary>
    /// The best matches by FTS5's own ranking, at least <paramref name="needed"/> of them (fewer when fewer match) and
    /// every match that ties with the last needed one, so that ties can be broken by id as on PostgreSQL; and at least
    /// <paramref name="depth"/> when the entity facet needs them.
    /// </summary>
    private static List<(long Key, double Score)> RankedByIndex(SqliteConnection connection, string match, int needed, int depth)
    {
        var limit = Math.Max(needed + 16, depth);
        while (true)
        {
            var rows = new List<(long Key, double Score)>(Math.Min(limit, 4096));
            using (var command = Command(connection, $"SELECT rowid, {Bm25Score} AS score FROM article_terms WHERE article_terms MATCH @match ORDER BY score DESC LIMIT @limit", null, match))
            {
                command.Parameters.AddWithValue("@limit", limit);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
            }
            if (rows.Count < limit || needed == 0 || rows[^1].Score < rows[needed - 1].Score)
                return rows;
            limit *= 4; // the last needed hit ties with everything fetched after it: fetch further
        }
    }

    /// <summary>The page of <paramref name="ranked"/> (best first) with ties broken by id, in SQLite's binary order.</summary>
    private static List<(long Key, string Id, double Score)> PageOf(SqliteConnection connection, List<(long Key, double Score)> ranked, int offset, int limit)
    {
        if (limit == 0 || offset >= ranked.Count)
            return [];
        var boundary = ranked[Math.Min(ranked.Count, offset + limit) - 1].Score;
        var candidates = ranked.TakeWhile(r => r.Score >= boundary).ToList();
        var ids = Ids(connection, candidates.Select(c => c.Key));
        return candidates.Where(c => ids.ContainsKey(c.Key))
            .Select(c => (c.Key, Id: ids[c.Key], c.Score))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id, Utf8Order.Instance)
            .Skip(offset).Take(limit).ToList();
    }

    private static Dictionary<long, string> Ids(SqliteConnection connection, IEnumerable<long> keys)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, id FROM articles WHERE key IN (SELECT value FROM json_each(@keys))";
        command.Parameters.AddWithValue("@keys", KeyList(keys));
        using var reader = command.ExecuteReader();
        var ids = new Dictionary<long, string>();
        while (reader.Read())
            ids[reader.GetInt64(0)] = reader.GetString(1);
        return ids;
    }

    private static string KeyList(IEnumerable<long> keys) => "[" + string.Join(',', keys.Select(k => k.ToString(CultureInfo.InvariantCulture))) + "]";

    private static List<(long Key, string Id, double Score)> Page(SqliteConnection connection, string sql, FilterSql? filter, string? match, int limit, int offset)
    {
        using var command = Command(connection, sql, filter, match);
        command.Parameters.AddWithValue("@limit", limit);
        command.Parameters.AddWithValue("@offset", offset);
        var page = new List<(long, string, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            page.Add((reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2)));
        return page;
    }

    private static List<HitRow> HitRows(SqliteConnection connection, List<(long Key, string Id, double Score)> page)
    {
        if (page.Count == 0)
            return [];
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.key, a.headline, a.published, a.source, a.agency, a.topic, a.url, r.article, m.story FROM articles a JOIN article_records r ON r.key = a.key LEFT JOIN story_members m ON m.article = a.key WHERE a.key IN (SELECT value FROM json_each(@keys))";
        command.Parameters.AddWithValue("@keys", KeyList(page.Select(p => p.Key)));
        var rows = new Dictionary<long, HitRow>();
        using var reader = command.ExecuteReader();
        var scores = page.ToDictionary(p => p.Key);
        while (reader.Read())
        {
            var key = reader.GetInt64(0);
            var blob = (byte[])reader.GetValue(7);
            var (_, id, score) = scores[key];
            rows[key] = new HitRow(id, score, reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                () => ArticleJson.Deserialize(Compression.Decompress(blob)), Text(reader, 8));
        }
        return page.Where(p => rows.ContainsKey(p.Key)).Select(p => rows[p.Key]).ToList();
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static SqliteCommand Command(SqliteConnection connection, string sql, FilterSql? filter, string? match)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (filter is not null)
        {
            foreach (var (name, value) in filter.Parameters)
                command.Parameters.AddWithValue("@" + name, value);
        }
        if (match is not null)
            command.Parameters.AddWithValue("@match", match);
        return command;
    }

    private static long Count(SqliteConnection connection, string sql, FilterSql? filter, string? match)
    {
        using var command = Command(connection, sql, filter, match);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
