using System.Text.Json;
using Marsad.Storage.Internal;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Storage.Postgres;

/// <summary>Writes a batch's postings and findings with binary COPY: one stream per table instead of a statement per row.</summary>
internal static class PostgresCopy
{
    public static async Task WriteFindingsAsync(NpgsqlConnection connection, IReadOnlyList<(long Key, PostgresArticleStore.PreparedRow Row)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return;
        await using (var copy = await connection.BeginBinaryImportAsync("COPY postings (term, article, headline_tf, body_tf) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var (key, row) in rows)
            {
                foreach (var (term, (headline, body)) in row.Postings)
                {
                    await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(term, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(key, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(headline, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(body, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                }
            }
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        if (rows.Any(r => r.Row.Row.Entities.Count > 0))
        {
            await using var copy = await connection.BeginBinaryImportAsync("COPY entity_mentions (article, ord, key, text, type, start, \"end\", canonical, latin) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var (key, row) in rows)
            {
                var entities = row.Row.Entities;
                for (var i = 0; i < entities.Count; i++)
                {
                    var (entityKey, e) = entities[i];
                    await copy.WriteRowAsync(cancellationToken, key, i, entityKey, e.Text, e.Type, e.Start, e.End, Null(e.Canonical), Null(e.Latin)).ConfigureAwait(false);
                }
            }
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        if (rows.Any(r => r.Row.Row.Article.Quotes.Count > 0))
        {
            await using var copy = await connection.BeginBinaryImportAsync("COPY quotes (article, ord, text, speaker, speaker_canonical, speaker_key, cue, via, direct, start, \"end\") FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var (key, row) in rows)
            {
                var quotes = row.Row.Article.Quotes;
                for (var i = 0; i < quotes.Count; i++)
                {
                    var q = quotes[i];
                    await copy.WriteRowAsync(cancellationToken, key, i, q.Text, Null(q.Speaker), Null(q.SpeakerCanonical), Null(ArticleRow.SpeakerKey(q)),
                        Null(q.Cue), Null(q.Via), q.Direct, q.Start, q.End).ConfigureAwait(false);
                }
            }
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        if (rows.Any(r => r.Row.Row.Article.Events.Count > 0))
        {
            await using var copy = await connection.BeginBinaryImportAsync("COPY events (article, ord, type, actors, place, date, sentence) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var (key, row) in rows)
            {
                var events = row.Row.Article.Events;
                for (var i = 0; i < events.Count; i++)
                {
                    var e = events[i];
                    await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(key, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(e.Type, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(JsonSerializer.Serialize(e.Actors), NpgsqlDbType.Jsonb, cancellationToken).ConfigureAwait(false);
                    await WriteNullable(copy, e.Place, cancellationToken).ConfigureAwait(false);
                    await WriteNullable(copy, e.Date, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(e.Sentence, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                }
            }
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        if (rows.Any(r => r.Row.Row.Article.Keywords.Count > 0))
        {
            await using var copy = await connection.BeginBinaryImportAsync("COPY keywords (article, ord, keyword) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var (key, row) in rows)
            {
                var keywords = row.Row.Article.Keywords;
                for (var i = 0; i < keywords.Count; i++)
                    await copy.WriteRowAsync(cancellationToken, key, i, keywords[i]).ConfigureAwait(false);
            }
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static object Null(string? value) => (object?)value ?? DBNull.Value;

    private static Task WriteNullable(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
