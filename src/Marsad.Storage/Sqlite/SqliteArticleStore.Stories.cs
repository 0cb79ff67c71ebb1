using System.Text.Json;
using Marsad.Serialization;
using Marsad.Storage.Internal;
using Marsad.Storage.Stories;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

internal sealed partial class SqliteArticleStore
{
    public Task<IReadOnlyList<StoredStoryMember>> ReadStoryMembersAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        RunAsync(connection => Task.FromResult(ReadMembers(connection, null, afterSequence, limit, cancellationToken)), cancellationToken);

    private static IReadOnlyList<StoredStoryMember> ReadMembers(SqliteConnection connection, SqliteTransaction? transaction, long afterSequence, int limit,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT m.seq, m.story, a.id, m.time, a.source, a.headline, m.vector, m.entities, m.fingerprint
            FROM story_members m JOIN articles a ON a.key = m.article WHERE m.seq > @after ORDER BY m.seq LIMIT @limit
            """;
        command.Parameters.AddWithValue("@after", afterSequence);
        command.Parameters.AddWithValue("@limit", limit);
        var members = new List<StoredStoryMember>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var features = StoryFeatureCodec.Decode(reader.GetString(2), StoryTime.Parse(reader.GetString(3)), Text(reader, 4), reader.GetString(5),
                reader.GetString(6), reader.GetString(7), (byte[])reader.GetValue(8));
            members.Add(new StoredStoryMember(reader.GetInt64(0), reader.GetString(1), features));
        }
        return members;
    }

    public Task<IReadOnlyList<Article>> ReadArticlesWithoutStoryAsync(int limit, CancellationToken cancellationToken = default) =>
        RunAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT r.article FROM articles a JOIN article_records r ON r.key = a.key
                WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article = a.key) ORDER BY a.key LIMIT @limit
                """;
            command.Parameters.AddWithValue("@limit", limit);
            var articles = new List<Article>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (ArticleJson.Deserialize(Compression.Decompress((byte[])reader.GetValue(0))) is { } article)
                    articles.Add(article);
            }
            return Task.FromResult<IReadOnlyList<Article>>(articles);
        }, cancellationToken);

    public async Task<StoryAssignmentResult> AssignStoriesAsync(long afterSequence, Func<IReadOnlyList<StoredStoryMember>, StoryAssignmentWrite> assign,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assign);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAsync(connection =>
            {
                // BEGIN IMMEDIATE takes the file's write lock: no other process assigns (or writes) until the commit
                using var transaction = connection.BeginTransaction(deferred: false);
                var read = ReadMembers(connection, transaction, afterSequence, int.MaxValue, cancellationToken);
                var (members, labels) = assign(read);
                var lastRead = read.Count > 0 ? read[^1].Sequence : afterSequence;
                if (members.Count == 0 && labels.Count == 0)
                    return Task.FromResult(new StoryAssignmentResult(lastRead, []));
                var rows = members.Select(m => (m, Vector: StoryFeatureCodec.VectorJson(m.Features), Entities: StoryFeatureCodec.EntitiesJson(m.Features),
                    Fingerprint: StoryFeatureCodec.FingerprintBytes(m.Features))).ToList();
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO story_members (article, story, time, day, similarity, copy_of, vector, entities, fingerprint)
                    SELECT key, $story, $time, $day, $similarity, $copy_of, $vector, $entities, $fingerprint FROM articles WHERE id = $id
                    ON CONFLICT (article) DO NOTHING RETURNING seq
                    """;
                foreach (var p in (ReadOnlySpan<string>)["$story", "$time", "$day", "$similarity", "$copy_of", "$vector", "$entities", "$fingerprint", "$id"])
                    insert.Parameters.Add(new SqliteParameter(p, null));
                var sequences = new List<long>();
                foreach (var (m, vector, entities, fingerprint) in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    insert.Parameters["$story"].Value = m.StoryId;
                    insert.Parameters["$time"].Value = StoryTime.Format(m.Features.Time);
                    insert.Parameters["$day"].Value = PublishedDate.Format(m.Day);
                    insert.Parameters["$similarity"].Value = m.Similarity;
                    insert.Parameters["$copy_of"].Value = (object?)m.CopyOf ?? DBNull.Value;
                    insert.Parameters["$vector"].Value = vector;
                    insert.Parameters["$entities"].Value = entities;
                    insert.Parameters["$fingerprint"].Value = fingerprint;
                    insert.Parameters["$id"].Value = m.Features.Id;
                    if (insert.ExecuteScalar() is long seq)
                        sequences.Add(seq);
                }
                using var label = connection.CreateCommand();
                label.Transaction = transaction;
                label.CommandText = """
                    INSERT INTO stories (id, label, first, last, articles, updated_at)
                    SELECT $id, $label, min(time), max(time), count(*), $now FROM story_members WHERE story = $id HAVING count(*) > 0
                    ON CONFLICT (id) DO UPDATE SET label = excluded.label, first = excluded.first, last = excluded.last,
                        articles = excluded.articles, updated_at = excluded.updated_at
                    """;
                label.Parameters.Add(new SqliteParameter("$id", null));
                label.Parameters.Add(new SqliteParameter("$label", null));
                label.Parameters.AddWithValue("$now", Now());
                foreach (var l in labels)
                {
                    label.Parameters["$id"].Value = l.StoryId;
                    label.Parameters["$label"].Value = l.Label;
                    label.ExecuteNonQuery();
                }
                transaction.Commit();
                return Task.FromResult(new StoryAssignmentResult(lastRead, sequences));
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task<StoryPage> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(connection =>
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            var total = 0;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = StoryListing.SizedStories + """

                    SELECT sized.story, s.label, count(*) OVER () FROM sized JOIN stories s ON s.id = sized.story
                    ORDER BY sized.n DESC, sized.last DESC, sized.story LIMIT @limit OFFSET @skip
                    """;
                AddListParameters(command, query);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    labels[reader.GetString(0)] = reader.GetString(1);
                    total = reader.GetInt32(2);
                }
            }
            if (labels.Count == 0 && (query.Skip > 0 || query.Limit == 0))
            {
                using var command = connection.CreateCommand();
                command.CommandText = StoryListing.CountSizedStories;
                AddListParameters(command, query);
                total = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
            var members = new Dictionary<string, List<StoryTimeline.Member>>(StringComparer.Ordinal);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT m.story, m.seq, a.id, m.time, a.source FROM story_members m JOIN articles a ON a.key = m.article
                    WHERE m.story IN (SELECT value FROM json_each(@ids))
                    """;
                command.Parameters.AddWithValue("@ids", JsonSerializer.Serialize(labels.Keys));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var story = reader.GetString(0);
                    if (!members.TryGetValue(story, out var list))
                        members[story] = list = [];
                    list.Add(new(reader.GetInt64(1), reader.GetString(2), StoryTime.Parse(reader.GetString(3)), "", Text(reader, 4), null, null));
                }
            }
            return Task.FromResult(new StoryPage(total, StoryListing.Order(labels, members)));
        }, cancellationToken);

    private static void AddListParameters(SqliteCommand command, StoryListQuery query)
    {
        command.Parameters.AddWithValue("@from", query.From is { } f ? PublishedDate.Format(f) : "0000-00-00");
        command.Parameters.AddWithValue("@to", query.To is { } t ? PublishedDate.Format(t) : "9999-99-99");
        command.Parameters.AddWithValue("@min", Math.Max(1, query.MinArticles));
        command.Parameters.AddWithValue("@limit", query.Limit is { } limit ? Math.Max(0, limit) : -1);
        command.Parameters.AddWithValue("@skip", Math.Max(0, query.Skip));
    }

    public Task<StoryDetail?> GetStoryAsync(string id, CancellationToken cancellationToken = default) =>
        RunAsync(connection =>
        {
            string? label;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT label FROM stories WHERE id = @id";
                command.Parameters.AddWithValue("@id", id);
                label = command.ExecuteScalar() as string;
            }
            if (label is null)
                return Task.FromResult<StoryDetail?>(null);
            var members = new List<StoryTimeline.Member>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT m.seq, a.id, m.time, a.headline, a.source, a.url, m.copy_of FROM story_members m JOIN articles a ON a.key = m.article
                    WHERE m.story = @id
                    """;
                command.Parameters.AddWithValue("@id", id);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    members.Add(new(reader.GetInt64(0), reader.GetString(1), StoryTime.Parse(reader.GetString(2)), reader.GetString(3), Text(reader, 4),
                        Text(reader, 5), Text(reader, 6)));
                }
            }
            var entities = new List<EntityFacetCount>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = $"""
                    SELECT e.key, max(coalesce(e.canonical, e.text)), max(e.type), count(DISTINCT e.article) AS n
                    FROM entity_mentions e JOIN story_members m ON m.article = e.article WHERE m.story = @id
                    GROUP BY e.key ORDER BY n DESC, e.key LIMIT {StoryListing.EntityCount}
                    """;
                command.Parameters.AddWithValue("@id", id);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    entities.Add(new EntityFacetCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
            var timeline = StoryTimeline.Build(members);
            return Task.FromResult<StoryDetail?>(new StoryDetail(StoryTimeline.Summarize(id, label, timeline), timeline, entities));
        }, cancellationToken);
}
