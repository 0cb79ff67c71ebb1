using System.Globalization;
using System.Runtime.CompilerServices;
using Marsad.Extraction;
using Marsad.Serialization;
using Marsad.Storage.Internal;
using Marsad.Storage.Search;

namespace Marsad.Storage.Sqlite;

internal sealed partial class SqliteArticleStore
{
    private const int ExportChunk = 500;

    public Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default) =>
        RunAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT r.article FROM articles a JOIN article_records r ON r.key = a.key WHERE a.id = @id";
            command.Parameters.AddWithValue("@id", id);
            return Task.FromResult(command.ExecuteScalar() is byte[] blob ? ArticleJson.Deserialize(Compression.Decompress(blob)) : null);
        }, cancellationToken);

    public Task<RawDocument?> GetRawDocumentAsync(string id, CancellationToken cancellationToken = default) =>
        RunAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT r.raw FROM articles a JOIN article_records r ON r.key = a.key WHERE a.id = @id";
            command.Parameters.AddWithValue("@id", id);
            return Task.FromResult(command.ExecuteScalar() is byte[] blob ? ArticleRow.ReadRaw(Compression.Decompress(blob)) : null);
        }, cancellationToken);

    public async IAsyncEnumerable<Article> ExportAsync(ArticleFilter filter, string? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parsed = QueryParser.Parse(query);
        var sql = FilterSql.Build(filter, PublishedDate.FormatBoxed);
        string? match = null;
        var where = "WHERE a.key > @after" + sql.Conditions;
        if (parsed.HasWords)
        {
            match = Fts5Query.Build(parsed, MatchMode.Any);
            where += " AND a.key IN (SELECT rowid FROM article_terms WHERE article_terms MATCH @match)";
        }
        else if (parsed.Exclude.Count > 0)
        {
            match = Fts5Query.Exclusions(parsed);
            where += " AND a.key NOT IN (SELECT rowid FROM article_terms WHERE article_terms MATCH @match)";
        }
        // chunks by key: constant memory, and no read transaction held open for the whole export
        long after = 0;
        while (true)
        {
            var chunk = await RunAsync(connection =>
            {
                using var command = Command(connection, $"SELECT a.key, r.article FROM articles a JOIN article_records r ON r.key = a.key {where} ORDER BY a.key LIMIT {ExportChunk}", sql, match);
                command.Parameters.AddWithValue("@after", after);
                var rows = new List<(long, byte[])>();
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    rows.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
                return Task.FromResult(rows);
            }, cancellationToken).ConfigureAwait(false);
            foreach (var (key, blob) in chunk)
            {
                if (ArticleJson.Deserialize(Compression.Decompress(blob)) is { } article)
                    yield return article;
                after = key;
            }
            if (chunk.Count < ExportChunk)
                yield break;
        }
    }

    public Task<StoreStatistics> GetStatisticsAsync(ArticleFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var sql = FilterSql.Build(filter, PublishedDate.FormatBoxed);
        return RunAsync(connection =>
        {
            var where = "WHERE 1 = 1" + sql.Conditions;
            long Count(string q)
            {
                using var c = Command(connection, q, sql, null);
                return Convert.ToInt64(c.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            var articles = Count($"SELECT count(*) FROM articles a {where}");
            var mentions = Count($"SELECT count(*) FROM entity_mentions m JOIN articles a ON a.key = m.article {where}");
            var quotes = Count($"SELECT count(*) FROM quotes q JOIN articles a ON a.key = q.article {where}");
            var events = Count($"SELECT count(*) FROM events e JOIN articles a ON a.key = e.article {where}");
            var sources = Counts(connection, $"SELECT coalesce(a.source, ''), count(*) FROM articles a {where} GROUP BY a.source ORDER BY 2 DESC, 1", sql);
            var days = Counts(connection, $"SELECT a.day, count(*) FROM articles a {where} AND a.day IS NOT NULL GROUP BY a.day ORDER BY 1", sql);
            var topics = Counts(connection, $"SELECT coalesce(a.topic, ''), count(*) FROM articles a {where} GROUP BY a.topic ORDER BY 2 DESC, 1", sql);
            return Task.FromResult(new StoreStatistics(articles, mentions, quotes, events, sources, days, topics,
                days.Count > 0 ? days[0].Value : null, days.Count > 0 ? days[^1].Value : null));
        }, cancellationToken);
    }
}
