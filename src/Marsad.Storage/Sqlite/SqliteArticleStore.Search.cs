using System.Globalization;
using Marsad.Serialization;
using Marsad.Storage.Internal;
using Marsad.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

internal sealed partial class SqliteArticleStore
{
    /// <summary>The entity facet counts mentions in at most this many best hits (exact below it).</summary>
    internal const int EntityFacetDepth = 2000;

    private static readonly string Bm25Score = string.Create(CultureInfo.InvariantCulture,
        $"-bm25(article_terms, {Bm25.HeadlineWeight:R}, {Bm25.BodyWeight:R})");

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        SearchValidation.Check(request);
        var parsed = QueryParser.Parse(request.Query, request.PlainText);
        var filter = FilterSql.Build(request.Filter, PublishedDate.FormatBoxed);
        var (from, score, match) = Source(parsed, request.Match, filter);
        var order = FilterSql.OrderBy(request.Sort, parsed.HasWords, "id");
        return await RunAsync(connection =>
        {
            List<(long Key, string Id, double Score)> page;
            long total;
            SearchFacets? facets = null;
            if (request.IncludeFacets)
            {
                Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS search_hits (key INTEGER PRIMARY KEY, id TEXT NOT NULL, score REAL NOT NULL, published_at TEXT); DELETE FROM temp.search_hits;");
                using (var fill = Command(connection, $"INSERT INTO temp.search_hits SELECT a.key, a.id, {score}, a.published_at {from}", filter, match))
                    fill.ExecuteNonQuery();
                total = Scalar(connection, "SELECT count(*) FROM temp.search_hits");
                page = Page(connection, $"SELECT key, id, score FROM temp.search_hits ORDER BY {order} LIMIT @limit OFFSET @offset", null, null, request);
                facets = Facets(connection, request.EntityFacetSize);
                Execute(connection, "DELETE FROM temp.search_hits");
            }
            else
            {
                // bm25() cannot run inside a window query, so scores are materialized first
                page = Page(connection, $"WITH m AS MATERIALIZED (SELECT a.key, a.id, {score} AS score, a.published_at {from}) SELECT key, id, score, published_at, count(*) OVER () AS total FROM m ORDER BY {order} LIMIT @limit OFFSET @offset", filter, match, request, out total);
                if (page.Count == 0 && request.Offset > 0)
                {
                    using var count = Command(connection, $"SELECT count(*) {from}", filter, match);
                    total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
                }
            }
            var hits = HitAssembler.Assemble(HitRows(connection, page), parsed, request.IncludeSnippets);
            return Task.FromResult(new SearchResults(total, hits, facets));
        }, cancellationToken).ConfigureAwait(false);
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

    private static List<(long, string, double)> Page(SqliteConnection connection, string sql, FilterSql? filter, string? match, SearchRequest request) =>
        Page(connection, sql, filter, match, request, out _);

    private static List<(long, string, double)> Page(SqliteConnection connection, string sql, FilterSql? filter, string? match, SearchRequest request, out long total)
    {
        using var command = Command(connection, sql, filter, match);
        command.Parameters.AddWithValue("@limit", request.Limit);
        command.Parameters.AddWithValue("@offset", request.Offset);
        var page = new List<(long, string, double)>();
        total = 0;
        using var reader = command.ExecuteReader();
        var hasTotal = reader.FieldCount > 4;
        while (reader.Read())
        {
            page.Add((reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2)));
            if (hasTotal)
                total = reader.GetInt64(4);
        }
        return page;
    }

    private static SearchFacets Facets(SqliteConnection connection, int entityFacetSize)
    {
        var sources = Counts(connection, "SELECT a.source, count(*) FROM temp.search_hits h JOIN articles a ON a.key = h.key WHERE a.source IS NOT NULL GROUP BY a.source ORDER BY 2 DESC, 1 LIMIT 100");
        var topics = Counts(connection, "SELECT a.topic, count(*) FROM temp.search_hits h JOIN articles a ON a.key = h.key WHERE a.topic IS NOT NULL GROUP BY a.topic ORDER BY 2 DESC, 1");
        var days = Counts(connection, "SELECT a.day, count(*) FROM temp.search_hits h JOIN articles a ON a.key = h.key WHERE a.day IS NOT NULL GROUP BY a.day ORDER BY 1");
        var entities = new List<EntityFacetCount>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT m.key, max(coalesce(m.canonical, m.text)), max(m.type), count(DISTINCT m.article) AS n
                FROM (SELECT key FROM temp.search_hits ORDER BY score DESC, id LIMIT {EntityFacetDepth}) h
                JOIN entity_mentions m ON m.article = h.key
                GROUP BY m.key ORDER BY n DESC, m.key LIMIT @n
                """;
            command.Parameters.AddWithValue("@n", entityFacetSize);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                entities.Add(new EntityFacetCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }
        return new SearchFacets(sources, topics, entities, days);
    }

    private static List<FacetCount> Counts(SqliteConnection connection, string sql, FilterSql? filter = null)
    {
        using var command = Command(connection, sql, filter, null);
        using var reader = command.ExecuteReader();
        var counts = new List<FacetCount>();
        while (reader.Read())
            counts.Add(new FacetCount(reader.GetString(0), reader.GetInt64(1)));
        return counts;
    }

    private static List<HitRow> HitRows(SqliteConnection connection, List<(long Key, string Id, double Score)> page)
    {
        if (page.Count == 0)
            return [];
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.key, a.headline, a.published, a.source, a.agency, a.topic, a.url, r.article, m.story FROM articles a JOIN article_records r ON r.key = a.key LEFT JOIN story_members m ON m.article = a.key WHERE a.key IN (SELECT value FROM json_each(@keys))";
        command.Parameters.AddWithValue("@keys", "[" + string.Join(',', page.Select(p => p.Key.ToString(CultureInfo.InvariantCulture))) + "]");
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
