using System.Text.Json;
using Marsad.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>Writes articles inside one transaction with statements prepared once per batch.</summary>
internal sealed class SqliteRowWriter : IDisposable
{
    private const string Columns = "id, content_hash, url, source, agency, section, headline, published, published_at, day, topic, topic_score, language, token_count, updated_at";

    private readonly SqliteCommand _find;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _deleteFindings;
    private readonly SqliteCommand _index;
    private readonly SqliteCommand _record;
    private readonly SqliteCommand _entity;
    private readonly SqliteCommand _quote;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _keyword;
    private readonly SqliteCommand _entityFacet;

    public SqliteRowWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _find = Command(connection, transaction, "SELECT key, content_hash FROM articles WHERE id = $id", "$id");
        var values = "$" + Columns.Replace(", ", ", $", StringComparison.Ordinal);
        _insert = Command(connection, transaction, $"INSERT INTO articles ({Columns}, ingested_at) VALUES ({values}, $updated_at) RETURNING key",
            Columns.Split(", ").Select(c => "$" + c).ToArray());
        var sets = string.Join(", ", Columns.Split(", ").Select(c => $"{c} = ${c}"));
        _update = Command(connection, transaction, $"UPDATE articles SET {sets} WHERE key = $key",
            [.. Columns.Split(", ").Select(c => "$" + c), "$key"]);
        _deleteFindings = Command(connection, transaction, """
            DELETE FROM article_terms WHERE rowid = $key;
            DELETE FROM entity_mentions WHERE article = $key;
            DELETE FROM quotes WHERE article = $key;
            DELETE FROM events WHERE article = $key;
            DELETE FROM keywords WHERE article = $key;
            DELETE FROM article_entity_facets WHERE key = $key;
            """, "$key");
        _record = Command(connection, transaction, "INSERT OR REPLACE INTO article_records (key, article, raw) VALUES ($key, $article, $raw)", "$key", "$article", "$raw");
        _index = Command(connection, transaction, "INSERT INTO article_terms (rowid, headline, body) VALUES ($key, $headline, $body)", "$key", "$headline", "$body");
        _entity = Command(connection, transaction, """
            INSERT INTO entity_mentions (article, ord, key, text, type, start, "end", canonical, latin)
            VALUES ($article, $ord, $key, $text, $type, $start, $end, $canonical, $latin)
            """, "$article", "$ord", "$key", "$text", "$type", "$start", "$end", "$canonical", "$latin");
        _quote = Command(connection, transaction, """
            INSERT INTO quotes (article, ord, text, speaker, speaker_canonical, speaker_key, cue, via, direct, start, "end")
            VALUES ($article, $ord, $text, $speaker, $speaker_canonical, $speaker_key, $cue, $via, $direct, $start, $end)
            """, "$article", "$ord", "$text", "$speaker", "$speaker_canonical", "$speaker_key", "$cue", "$via", "$direct", "$start", "$end");
        _event = Command(connection, transaction, """
            INSERT INTO events (article, ord, type, actors, place, date, sentence) VALUES ($article, $ord, $type, $actors, $place, $date, $sentence)
            """, "$article", "$ord", "$type", "$actors", "$place", "$date", "$sentence");
        _keyword = Command(connection, transaction, "INSERT INTO keywords (article, ord, keyword) VALUES ($article, $ord, $keyword)", "$article", "$ord", "$keyword");
        _entityFacet = Command(connection, transaction, "INSERT INTO article_entity_facets (key, entities) VALUES ($key, $entities)", "$key", "$entities");
    }

    public WriteOutcome Write(ArticleRow row, byte[] article, byte[]? raw, string now)
    {
        Set(_find, "$id", row.Id);
        long key;
        WriteOutcome outcome;
        using (var reader = _find.ExecuteReader())
        {
            if (reader.Read())
            {
                if (reader.GetString(1) == row.ContentHash)
                    return WriteOutcome.Unchanged;
                key = reader.GetInt64(0);
                outcome = WriteOutcome.Updated;
            }
            else
            {
                key = -1;
                outcome = WriteOutcome.Added;
            }
        }
        var command = outcome == WriteOutcome.Added ? _insert : _update;
        var a = row.Article;
        Set(command, "$id", row.Id);
        Set(command, "$content_hash", row.ContentHash);
        Set(command, "$url", a.Url);
        Set(command, "$source", a.Source?.Name);
        Set(command, "$agency", a.Source?.Agency);
        Set(command, "$section", a.Section);
        Set(command, "$headline", row.Headline);
        Set(command, "$published", a.Published);
        Set(command, "$published_at", row.PublishedAt);
        Set(command, "$day", row.Day);
        Set(command, "$topic", a.Topic?.Label);
        Set(command, "$topic_score", a.Topic?.Score);
        Set(command, "$language", a.Language);
        Set(command, "$token_count", row.TokenCount);
        Set(command, "$updated_at", now);
        if (outcome == WriteOutcome.Added)
        {
            key = (long)command.ExecuteScalar()!;
        }
        else
        {
            Set(command, "$key", key);
            command.ExecuteNonQuery();
            Set(_deleteFindings, "$key", key);
            _deleteFindings.ExecuteNonQuery();
        }
        Exec(_record, ("$key", key), ("$article", article), ("$raw", raw));
        WriteFindings(key, row);
        return outcome;
    }

    private void WriteFindings(long key, ArticleRow row)
    {
        Set(_index, "$key", key);
        Set(_index, "$headline", string.Join(' ', row.HeadlineTokens));
        Set(_index, "$body", string.Join(' ', row.BodyTokens));
        _index.ExecuteNonQuery();
        var a = row.Article;
        for (var i = 0; i < row.Entities.Count; i++)
        {
            var (entityKey, e) = row.Entities[i];
            Exec(_entity, ("$article", key), ("$ord", i), ("$key", entityKey), ("$text", e.Text), ("$type", e.Type), ("$start", e.Start),
                ("$end", e.End), ("$canonical", e.Canonical), ("$latin", e.Latin));
        }
        if (row.Entities.Count > 0)
            Exec(_entityFacet, ("$key", key), ("$entities", SqliteEntityFacet.Encode(row.Entities)));
        for (var i = 0; i < a.Quotes.Count; i++)
        {
            var q = a.Quotes[i];
            Exec(_quote, ("$article", key), ("$ord", i), ("$text", q.Text), ("$speaker", q.Speaker), ("$speaker_canonical", q.SpeakerCanonical),
                ("$speaker_key", ArticleRow.SpeakerKey(q)), ("$cue", q.Cue), ("$via", q.Via), ("$direct", q.Direct ? 1 : 0), ("$start", q.Start), ("$end", q.End));
        }
        for (var i = 0; i < a.Events.Count; i++)
        {
            var e = a.Events[i];
            Exec(_event, ("$article", key), ("$ord", i), ("$type", e.Type), ("$actors", JsonSerializer.Serialize(e.Actors)), ("$place", e.Place),
                ("$date", e.Date), ("$sentence", e.Sentence));
        }
        for (var i = 0; i < a.Keywords.Count; i++)
            Exec(_keyword, ("$article", key), ("$ord", i), ("$keyword", a.Keywords[i]));
    }

    private static void Exec(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        foreach (var (name, value) in values)
            Set(command, name, value);
        command.ExecuteNonQuery();
    }

    private static void Set(SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var p in parameters)
            command.Parameters.Add(new SqliteParameter(p, null));
        return command;
    }

    public void Dispose()
    {
        foreach (var c in (ReadOnlySpan<SqliteCommand>)[_find, _insert, _update, _deleteFindings, _index, _record, _entity, _quote, _event, _keyword, _entityFacet])
            c.Dispose();
    }
}
