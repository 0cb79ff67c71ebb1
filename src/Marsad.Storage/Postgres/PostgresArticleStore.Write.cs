using Marsad.Storage.Internal;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Storage.Postgres;

internal sealed partial class PostgresArticleStore
{
    private const string Upsert = """
        INSERT INTO articles (id, content_hash, url, source, agency, section, headline, published, published_at, day, topic, topic_score,
                              language, token_count, search, article, raw, ingested_at, updated_at)
        VALUES (@id, @content_hash, @url, @source, @agency, @section, @headline, @published, @published_at, @day, @topic, @topic_score,
                @language, @token_count, @search::tsvector, @article, @raw, now(), now())
        ON CONFLICT (id) DO UPDATE SET
            content_hash = EXCLUDED.content_hash, url = EXCLUDED.url, source = EXCLUDED.source, agency = EXCLUDED.agency,
            section = EXCLUDED.section, headline = EXCLUDED.headline, published = EXCLUDED.published,
            published_at = EXCLUDED.published_at, day = EXCLUDED.day, topic = EXCLUDED.topic, topic_score = EXCLUDED.topic_score,
            language = EXCLUDED.language, token_count = EXCLUDED.token_count, search = EXCLUDED.search, article = EXCLUDED.article,
            raw = EXCLUDED.raw, updated_at = now()
        WHERE articles.content_hash <> EXCLUDED.content_hash
        RETURNING key, (xmax = 0) AS inserted
        """;

    public void Prepare(ArticleRow row)
    {
        _ = row.TsVector;
        _ = row.Postings;
        _ = row.CompressedRaw;
    }

    public Task<IReadOnlySet<string>> FindStoredContentHashesAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            if (contentHashes.Count == 0)
                return (IReadOnlySet<string>)found;
            await using var command = new NpgsqlCommand("SELECT content_hash FROM articles WHERE content_hash = ANY(@h)", connection);
            command.Parameters.AddWithValue("h", contentHashes.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                found.Add(reader.GetString(0));
            return found;
        }, cancellationToken);

    public async Task<IReadOnlyList<WriteOutcome>> WriteAsync(IReadOnlyList<ArticleRecord> batch, CancellationToken cancellationToken = default)
    {
        if (batch.Count == 0)
            return [];
        var rows = batch.Select(r => r.Row).ToList();
        foreach (var row in rows)
            Prepare(row);
        var prepared = rows.Select(r => new PreparedRow(r)).ToList();
        // rows are written in input order (keys follow it, as in the embedded store); stored rows are locked first,
        // in id order, so that concurrent writers of overlapping batches wait for each other instead of deadlocking
        var order = Enumerable.Range(0, rows.Count).ToList();
        return await RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var outcomes = new WriteOutcome[rows.Count];
            var keys = new long[rows.Count];
            var pending = new Dictionary<long, int>(); // article key → row whose findings will be written
            var replaced = new List<long>();
            await using (var lockRows = new NpgsqlCommand("SELECT key FROM articles WHERE id = ANY(@ids) ORDER BY id COLLATE \"C\" FOR UPDATE", connection, transaction))
            {
                lockRows.Parameters.AddWithValue("ids", rows.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToArray());
                await lockRows.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var upserts = new NpgsqlBatch(connection, transaction))
            {
                foreach (var i in order)
                    upserts.BatchCommands.Add(prepared[i].UpsertCommand());
                await using var reader = await upserts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                foreach (var i in order)
                {
                    if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        keys[i] = reader.GetInt64(0);
                        var inserted = reader.GetBoolean(1);
                        // the same id twice in one batch: the later version's findings win
                        outcomes[i] = inserted && !pending.ContainsKey(keys[i]) ? WriteOutcome.Added : WriteOutcome.Updated;
                        if (!inserted)
                            replaced.Add(keys[i]);
                        pending[keys[i]] = i;
                    }
                    else
                    {
                        outcomes[i] = WriteOutcome.Unchanged;
                    }
                    await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            if (replaced.Count > 0)
                await DeleteFindingsAsync(connection, transaction, replaced, cancellationToken).ConfigureAwait(false);
            await PostgresCopy.WriteFindingsAsync(connection, pending.Select(p => (p.Key, prepared[p.Value])).ToList(), cancellationToken).ConfigureAwait(false);
            FaultInjection.AfterRowWritten();
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<WriteOutcome>)outcomes;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task DeleteFindingsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<long> keys, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var table in (ReadOnlySpan<string>)["postings", "entity_mentions", "quotes", "events", "keywords"])
        {
            var command = new NpgsqlBatchCommand($"DELETE FROM {table} WHERE article = ANY(@keys)");
            command.Parameters.AddWithValue("keys", keys.ToArray());
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A row with everything PostgreSQL needs computed ahead of the transaction.</summary>
    internal sealed class PreparedRow(ArticleRow row)
    {
        public ArticleRow Row { get; } = row;

        public string Vector => Row.TsVector;

        public byte[]? Raw => Row.CompressedRaw;

        /// <summary>Term → (headline frequency, body frequency).</summary>
        public Dictionary<string, (int Headline, int Body)> Postings => Row.Postings;

        public NpgsqlBatchCommand UpsertCommand()
        {
            var a = Row.Article;
            var command = new NpgsqlBatchCommand(Upsert);
            var p = command.Parameters;
            p.AddWithValue("id", Row.Id);
            p.AddWithValue("content_hash", Row.ContentHash);
            p.AddWithValue("url", NpgsqlDbType.Text, (object?)a.Url ?? DBNull.Value);
            p.AddWithValue("source", NpgsqlDbType.Text, (object?)a.Source?.Name ?? DBNull.Value);
            p.AddWithValue("agency", NpgsqlDbType.Text, (object?)a.Source?.Agency ?? DBNull.Value);
            p.AddWithValue("section", NpgsqlDbType.Text, (object?)a.Section ?? DBNull.Value);
            p.AddWithValue("headline", Row.Headline);
            p.AddWithValue("published", NpgsqlDbType.Text, (object?)a.Published ?? DBNull.Value);
            p.AddWithValue("published_at", NpgsqlDbType.TimestampTz, Row.PublishedInstant is { } t ? t : DBNull.Value);
            p.AddWithValue("day", NpgsqlDbType.Date, Row.PublishedDay is { } d ? d : DBNull.Value);
            p.AddWithValue("topic", NpgsqlDbType.Text, (object?)a.Topic?.Label ?? DBNull.Value);
            p.AddWithValue("topic_score", NpgsqlDbType.Double, a.Topic is { } topic ? topic.Score : DBNull.Value);
            p.AddWithValue("language", NpgsqlDbType.Text, (object?)a.Language ?? DBNull.Value);
            p.AddWithValue("token_count", Row.TokenCount);
            p.AddWithValue("search", Vector);
            p.AddWithValue("article", NpgsqlDbType.Jsonb, Row.Json);
            p.AddWithValue("raw", NpgsqlDbType.Bytea, (object?)Raw ?? DBNull.Value);
            return command;
        }
    }
}
