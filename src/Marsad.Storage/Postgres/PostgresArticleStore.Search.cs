using System.Globalization;
using System.Text.Json;
using Marsad.Serialization;
using Marsad.Storage.Internal;
using Marsad.Storage.Search;
using Npgsql;

namespace Marsad.Storage.Postgres;

internal sealed partial class PostgresArticleStore
{
    /// <summary>
    /// BM25 exactly as FTS5 computes it (see <see cref="Bm25"/>), from the postings table: N and avgdl over all articles,
    /// n per token, weighted term frequency per matching article. A quoted phrase is scored by its words here, where FTS5
    /// scores it as one unit; both match only articles with the words adjacent.
    /// </summary>
    private static readonly string ScoredCte = string.Create(CultureInfo.InvariantCulture, $"""
        stats AS (SELECT count(*)::float8 AS n, coalesce(avg(token_count), 1)::float8 AS avgdl FROM articles),
        terms AS (
            SELECT t.term, CASE WHEN x.idf <= 0 THEN {Bm25.MinIdf:R} ELSE x.idf END AS idf
            FROM unnest(@terms::text[]) AS t(term)
            CROSS JOIN stats
            CROSS JOIN LATERAL (SELECT ln((stats.n - d.df + 0.5) / (d.df + 0.5)) AS idf
                                FROM (SELECT count(*)::float8 AS df FROM postings p WHERE p.term = t.term) d) x
        ),
        tf AS (
            SELECT p.article, p.term, ({Bm25.HeadlineWeight:R} * p.headline_tf + {Bm25.BodyWeight:R} * p.body_tf)::float8 AS w
            FROM postings p WHERE p.term = ANY(@terms::text[])
        ),
        scored AS (
            SELECT m.key, m.id, m.published_at, m.source, m.topic, m.day,
                   coalesce(sum(terms.idf * (tf.w * {Bm25.K1 + 1:R}) / (tf.w + {Bm25.K1:R} * (1 - {Bm25.B:R} + {Bm25.B:R} * m.token_count / stats.avgdl))), 0) AS score
            FROM m
            CROSS JOIN stats
            LEFT JOIN tf ON tf.article = m.key
            LEFT JOIN terms ON terms.term = tf.term
            GROUP BY m.key, m.id, m.published_at, m.source, m.topic, m.day
        )
        """);

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        SearchValidation.Check(request);
        var parsed = QueryParser.Parse(request.Query, request.PlainText);
        var filter = FilterSql.Build(request.Filter, d => d);
        var match = parsed.HasWords ? " AND a.search @@ @tsquery::tsquery"
            : parsed.Exclude.Count > 0 ? " AND NOT (a.search @@ @tsquery::tsquery)" : "";
        var tsquery = parsed.HasWords ? TsText.Query(parsed, request.Match) : parsed.Exclude.Count > 0 ? TsText.Exclusions(parsed) : null;
        var scored = parsed.HasWords
            ? ScoredCte
            : "scored AS (SELECT m.key, m.id, m.published_at, m.source, m.topic, m.day, 0.0::float8 AS score FROM m)";
        var order = FilterSql.OrderBy(request.Sort, parsed.HasWords, "id COLLATE \"C\"");
        var facets = request.IncludeFacets ? $"""
            ,
            (SELECT json_agg(json_build_array(source, n) ORDER BY n DESC, source COLLATE "C") FROM (SELECT source, count(*) AS n FROM scored WHERE source IS NOT NULL GROUP BY source ORDER BY n DESC, source COLLATE "C" LIMIT 100) s),
            (SELECT json_agg(json_build_array(topic, n) ORDER BY n DESC, topic COLLATE "C") FROM (SELECT topic, count(*) AS n FROM scored WHERE topic IS NOT NULL GROUP BY topic) s),
            (SELECT json_agg(json_build_array(to_char(day, 'YYYY-MM-DD'), n) ORDER BY day) FROM (SELECT day, count(*) AS n FROM scored WHERE day IS NOT NULL GROUP BY day) s),
            (SELECT json_agg(json_build_array(key, name, type, n) ORDER BY n DESC, key COLLATE "C") FROM (
                SELECT em.key, max(coalesce(em.canonical, em.text)) AS name, max(em.type) AS type, count(DISTINCT em.article) AS n
                FROM (SELECT key FROM scored ORDER BY {order} LIMIT {Sqlite.SqliteArticleStore.EntityFacetDepth}) h
                JOIN entity_mentions em ON em.article = h.key
                GROUP BY em.key ORDER BY n DESC, em.key COLLATE "C" LIMIT @entity_facet_size) s)
            """ : "";
        var sql = $"""
            WITH m AS MATERIALIZED (SELECT a.key, a.id, a.published_at, a.source, a.topic, a.day, a.token_count FROM articles a WHERE true{match}{filter.Conditions}),
            {scored}
            SELECT (SELECT count(*) FROM scored),
                   (SELECT json_agg(json_build_array(key, score) ORDER BY rn) FROM (
                        SELECT key, score, row_number() OVER (ORDER BY {order}) AS rn FROM scored ORDER BY {order} LIMIT @limit OFFSET @offset) page)
                   {facets}
            """;
        return await RunAsync(async connection =>
        {
            await using var command = Command(connection, sql, filter);
            command.Parameters.AddWithValue("limit", request.Limit);
            command.Parameters.AddWithValue("offset", request.Offset);
            command.Parameters.AddWithValue("entity_facet_size", request.EntityFacetSize);
            command.Parameters.AddWithValue("terms", parsed.IncludedTokens.ToArray());
            if (tsquery is not null)
                command.Parameters.AddWithValue("tsquery", tsquery);
            long total;
            var page = new List<(long Key, double Score)>();
            SearchFacets? result = null;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                total = reader.GetInt64(0);
                foreach (var item in JsonArray(reader, 1))
                    page.Add((item[0].GetInt64(), item[1].GetDouble()));
                if (request.IncludeFacets)
                {
                    result = new SearchFacets(Counts(reader, 2), Counts(reader, 3),
                        JsonArray(reader, 5).Select(e => new EntityFacetCount(e[0].GetString()!, e[1].GetString()!, e[2].GetString()!, e[3].GetInt64())).ToList(),
                        Counts(reader, 4));
                }
            }
            var rows = await HitRowsAsync(connection, page, cancellationToken).ConfigureAwait(false);
            return new SearchResults(total, HitAssembler.Assemble(rows, parsed, request.IncludeSnippets), result);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static List<JsonElement> JsonArray(NpgsqlDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
            return [];
        using var doc = JsonDocument.Parse(reader.GetString(column));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static List<FacetCount> Counts(NpgsqlDataReader reader, int column) =>
        JsonArray(reader, column).Select(e => new FacetCount(e[0].GetString()!, e[1].GetInt64())).ToList();

    private static async Task<List<HitRow>> HitRowsAsync(NpgsqlConnection connection, List<(long Key, double Score)> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
            return [];
        await using var command = new NpgsqlCommand("SELECT a.key, a.id, a.headline, a.published, a.source, a.agency, a.topic, a.url, a.article::text, m.story FROM articles a LEFT JOIN story_members m ON m.article = a.key WHERE a.key = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", page.Select(p => p.Key).ToArray());
        var rows = new Dictionary<long, HitRow>();
        var scores = page.ToDictionary(p => p.Key, p => p.Score);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetInt64(0);
            var json = reader.GetString(8);
            rows[key] = new HitRow(reader.GetString(1), scores[key], reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                Text(reader, 7), () => ArticleJson.Deserialize(json), Text(reader, 9));
        }
        return page.Where(p => rows.ContainsKey(p.Key)).Select(p => rows[p.Key]).ToList();
    }

    private static string? Text(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
