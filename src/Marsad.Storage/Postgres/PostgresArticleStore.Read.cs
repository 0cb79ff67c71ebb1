using System.Runtime.CompilerServices;
using Marsad.Extraction;
using Marsad.Serialization;
using Marsad.Storage.Internal;
using Marsad.Storage.Search;
using Npgsql;

namespace Marsad.Storage.Postgres;

internal sealed partial class PostgresArticleStore
{
    private const int ExportChunk = 500;

    public Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT article::text FROM articles WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? ArticleJson.Deserialize(json) : null;
        }, cancellationToken);

    public Task<RawDocument?> GetRawDocumentAsync(string id, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT raw FROM articles WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is byte[] blob ? ArticleRow.ReadRaw(Compression.Decompress(blob)) : null;
        }, cancellationToken);

    public async IAsyncEnumerable<Article> ExportAsync(ArticleFilter filter, string? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parsed = QueryParser.Parse(query);
        var sql = FilterSql.Build(filter, d => d);
        var where = "WHERE a.key > @after" + sql.Conditions;
        string? tsquery = null;
        if (parsed.HasWords)
        {
            tsquery = TsText.Query(parsed, MatchMode.Any);
            where += " AND a.search @@ @tsquery::tsquery";
        }
        else if (parsed.Exclude.Count > 0)
        {
            tsquery = TsText.Exclusions(parsed);
            where += " AND NOT (a.search @@ @tsquery::tsquery)";
        }
        long after = 0;
        while (true)
        {
            var chunk = await RunAsync(async connection =>
            {
                await using var command = Command(connection, $"SELECT a.key, a.article::text FROM articles a {where} ORDER BY a.key LIMIT {ExportChunk}", sql);
                command.Parameters.AddWithValue("after", after);
                if (tsquery is not null)
                    command.Parameters.AddWithValue("tsquery", tsquery);
                var rows = new List<(long, string)>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    rows.Add((reader.GetInt64(0), reader.GetString(1)));
                return rows;
            }, cancellationToken).ConfigureAwait(false);
            foreach (var (key, json) in chunk)
            {
                if (ArticleJson.Deserialize(json) is { } article)
                    yield return article;
                after = key;
            }
            if (chunk.Count < ExportChunk)
                yield break;
        }
    }

    public Task<StoreStatistics> GetStatisticsAsync(ArticleFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var sql = FilterSql.Build(filter, d => d);
        var where = "WHERE true" + sql.Conditions;
        return RunAsync(async connection =>
        {
            async Task<long> Count(string q)
            {
                await using var c = Command(connection, q, sql);
                return Convert.ToInt64(await c.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }
            async Task<List<FacetCount>> Counts(string q)
            {
                await using var c = Command(connection, q, sql);
                await using var reader = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var list = new List<FacetCount>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    list.Add(new FacetCount(reader.GetString(0), reader.GetInt64(1)));
                return list;
            }
            var articles = await Count($"SELECT count(*) FROM articles a {where}").ConfigureAwait(false);
            var mentions = await Count($"SELECT count(*) FROM entity_mentions m JOIN articles a ON a.key = m.article {where}").ConfigureAwait(false);
            var quotes = await Count($"SELECT count(*) FROM quotes q JOIN articles a ON a.key = q.article {where}").ConfigureAwait(false);
            var events = await Count($"SELECT count(*) FROM events e JOIN articles a ON a.key = e.article {where}").ConfigureAwait(false);
            var sources = await Counts($"SELECT coalesce(a.source, ''), count(*) FROM articles a {where} GROUP BY a.source ORDER BY 2 DESC, coalesce(a.source, '') COLLATE \"C\"").ConfigureAwait(false);
            var days = await Counts($"SELECT to_char(a.day, 'YYYY-MM-DD'), count(*) FROM articles a {where} AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day").ConfigureAwait(false);
            var topics = await Counts($"SELECT coalesce(a.topic, ''), count(*) FROM articles a {where} GROUP BY a.topic ORDER BY 2 DESC, coalesce(a.topic, '') COLLATE \"C\"").ConfigureAwait(false);
            return new StoreStatistics(articles, mentions, quotes, events, sources, days, topics,
                days.Count > 0 ? days[0].Value : null, days.Count > 0 ? days[^1].Value : null);
        }, cancellationToken);
    }
}
