using Marsad.Serialization;
using Marsad.Storage.Stories;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Storage.Postgres;

internal sealed partial class PostgresArticleStore
{
    /// <summary>Serializes story assignment across processes: one writer reads, decides and writes at a time.</summary>
    private const long StoryLockId = 0x4d61727361640006; // "Marsad" + 6

    public Task<IReadOnlyList<StoredStoryMember>> ReadStoryMembersAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        RunAsync(connection => ReadMembersAsync(connection, null, afterSequence, limit, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<StoredStoryMember>> ReadMembersAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long afterSequence,
        int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT m.seq, m.story, a.id, m.time, a.source, a.headline, m.vector::text, m.entities::text, m.fingerprint
            FROM story_members m JOIN articles a ON a.key = m.article WHERE m.seq > @after ORDER BY m.seq LIMIT @limit
            """, connection, transaction);
        command.Parameters.AddWithValue("after", afterSequence);
        command.Parameters.AddWithValue("limit", limit);
        var members = new List<StoredStoryMember>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var features = StoryFeatureCodec.Decode(reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), Text(reader, 4), reader.GetString(5),
                reader.GetString(6), reader.GetString(7), reader.GetFieldValue<byte[]>(8));
            members.Add(new StoredStoryMember(reader.GetInt64(0), reader.GetString(1), features));
        }
        return members;
    }

    public Task<IReadOnlyList<Article>> ReadArticlesWithoutStoryAsync(int limit, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                SELECT a.article::text FROM articles a
                WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article = a.key) ORDER BY a.key LIMIT @limit
                """, connection);
            command.Parameters.AddWithValue("limit", limit);
            var articles = new List<Article>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (ArticleJson.Deserialize(reader.GetString(0)) is { } article)
                    articles.Add(article);
            }
            return (IReadOnlyList<Article>)articles;
        }, cancellationToken);

    public async Task<StoryAssignmentResult> AssignStoriesAsync(long afterSequence, Func<IReadOnlyList<StoredStoryMember>, StoryAssignmentWrite> assign,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assign);
        return await RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({StoryLockId})", connection, transaction))
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            var read = await ReadMembersAsync(connection, transaction, afterSequence, int.MaxValue, cancellationToken).ConfigureAwait(false);
            var (members, labels) = assign(read);
            var lastRead = read.Count > 0 ? read[^1].Sequence : afterSequence;
            if (members.Count == 0 && labels.Count == 0)
                return new StoryAssignmentResult(lastRead, []);
            var sequences = new List<long>();
            await using (var batch = new NpgsqlBatch(connection, transaction))
            {
                foreach (var m in members)
                {
                    var command = new NpgsqlBatchCommand("""
                        INSERT INTO story_members (article, story, time, day, similarity, copy_of, vector, entities, fingerprint)
                        SELECT key, @story, @time, @day, @similarity, @copy_of, @vector::jsonb, @entities::jsonb, @fingerprint FROM articles WHERE id = @id
                        ON CONFLICT (article) DO NOTHING RETURNING seq
                        """);
                    var p = command.Parameters;
                    p.AddWithValue("story", m.StoryId);
                    p.AddWithValue("time", NpgsqlDbType.TimestampTz, m.Features.Time.ToUniversalTime());
                    p.AddWithValue("day", NpgsqlDbType.Date, m.Day);
                    p.AddWithValue("similarity", m.Similarity);
                    p.AddWithValue("copy_of", NpgsqlDbType.Text, (object?)m.CopyOf ?? DBNull.Value);
                    p.AddWithValue("vector", StoryFeatureCodec.VectorJson(m.Features));
                    p.AddWithValue("entities", StoryFeatureCodec.EntitiesJson(m.Features));
                    p.AddWithValue("fingerprint", StoryFeatureCodec.FingerprintBytes(m.Features));
                    p.AddWithValue("id", m.Features.Id);
                    batch.BatchCommands.Add(command);
                }
                foreach (var l in labels)
                {
                    var command = new NpgsqlBatchCommand("""
                        INSERT INTO stories (id, label, first, last, articles, updated_at)
                        SELECT @id, @label, min(time), max(time), count(*), now() FROM story_members WHERE story = @id HAVING count(*) > 0
                        ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label, first = EXCLUDED.first, last = EXCLUDED.last,
                            articles = EXCLUDED.articles, updated_at = EXCLUDED.updated_at
                        """);
                    command.Parameters.AddWithValue("id", l.StoryId);
                    command.Parameters.AddWithValue("label", l.Label);
                    batch.BatchCommands.Add(command);
                }
                await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < members.Count; i++)
                {
                    if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        sequences.Add(reader.GetInt64(0));
                    await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new StoryAssignmentResult(lastRead, sequences);
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<StoryPage> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            var total = 0;
            await using (var command = new NpgsqlCommand(StoryListing.SizedStories + """

                SELECT sized.story, s.label, count(*) OVER () FROM sized JOIN stories s ON s.id = sized.story
                ORDER BY sized.n DESC, sized.last DESC, sized.story COLLATE "C" LIMIT @limit OFFSET @skip
                """, connection))
            {
                AddListParameters(command, query);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    labels[reader.GetString(0)] = reader.GetString(1);
                    total = (int)reader.GetInt64(2);
                }
            }
            if (labels.Count == 0 && (query.Skip > 0 || query.Limit == 0))
            {
                await using var command = new NpgsqlCommand(StoryListing.CountSizedStories, connection);
                AddListParameters(command, query);
                total = (int)(long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }
            var members = new Dictionary<string, List<StoryTimeline.Member>>(StringComparer.Ordinal);
            await using (var command = new NpgsqlCommand("""
                SELECT m.story, m.seq, a.id, m.time, a.source FROM story_members m JOIN articles a ON a.key = m.article WHERE m.story = ANY(@ids)
                """, connection))
            {
                command.Parameters.AddWithValue("ids", labels.Keys.ToArray());
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var story = reader.GetString(0);
                    if (!members.TryGetValue(story, out var list))
                        members[story] = list = [];
                    list.Add(new(reader.GetInt64(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), "", Text(reader, 4), null, null));
                }
            }
            return new StoryPage(total, StoryListing.Order(labels, members));
        }, cancellationToken);

    private static void AddListParameters(NpgsqlCommand command, StoryListQuery query)
    {
        command.Parameters.AddWithValue("from", NpgsqlDbType.Date, query.From ?? DateOnly.MinValue);
        command.Parameters.AddWithValue("to", NpgsqlDbType.Date, query.To ?? DateOnly.MaxValue);
        command.Parameters.AddWithValue("min", NpgsqlDbType.Bigint, (long)Math.Max(1, query.MinArticles));
        command.Parameters.AddWithValue("limit", NpgsqlDbType.Bigint, query.Limit is { } limit ? (object)(long)Math.Max(0, limit) : DBNull.Value);
        command.Parameters.AddWithValue("skip", NpgsqlDbType.Bigint, (long)Math.Max(0, query.Skip));
    }

    public Task<StoryDetail?> GetStoryAsync(string id, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            string? label;
            await using (var command = new NpgsqlCommand("SELECT label FROM stories WHERE id = @id", connection))
            {
                command.Parameters.AddWithValue("id", id);
                label = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            }
            if (label is null)
                return (StoryDetail?)null;
            var members = new List<StoryTimeline.Member>();
            await using (var command = new NpgsqlCommand("""
                SELECT m.seq, a.id, m.time, a.headline, a.source, a.url, m.copy_of FROM story_members m JOIN articles a ON a.key = m.article WHERE m.story = @id
                """, connection))
            {
                command.Parameters.AddWithValue("id", id);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    members.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), Text(reader, 4),
                        Text(reader, 5), Text(reader, 6)));
                }
            }
            var entities = new List<EntityFacetCount>();
            await using (var command = new NpgsqlCommand($"""
                SELECT e.key, max(coalesce(e.canonical, e.text)), max(e.type), count(DISTINCT e.article) AS n
                FROM entity_mentions e JOIN story_members m ON m.article = e.article WHERE m.story = @id
                GROUP BY e.key ORDER BY n DESC, e.key COLLATE "C" LIMIT {StoryListing.EntityCount}
                """, connection))
            {
                command.Parameters.AddWithValue("id", id);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    entities.Add(new EntityFacetCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
            var timeline = StoryTimeline.Build(members);
            return (StoryDetail?)new StoryDetail(StoryTimeline.Summarize(id, label, timeline), timeline, entities);
        }, cancellationToken);
}
