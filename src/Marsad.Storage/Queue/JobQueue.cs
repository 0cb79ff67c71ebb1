using System.Text.Json;
using Marsad.Extraction;
using Marsad.Storage.Internal;
using Marsad.Storage.Postgres;
using Npgsql;

namespace Marsad.Storage.Queue;

/// <summary>
/// The job queue of shared mode, a table in the PostgreSQL store: <c>ingest --enqueue</c> adds raw documents, any number
/// of <c>marsad worker</c> processes claim them with <c>FOR UPDATE SKIP LOCKED</c> (no two workers get the same job and
/// nobody waits for another's locks), hold them under a lease they renew while working, and mark them done. A worker
/// that dies stops renewing; once its lease expires the job goes back to the queue and counts as an attempt, and after
/// <see cref="DefaultMaxAttempts"/> attempts it fails for good. Writing an article is idempotent (content hash), so a
/// job done twice stores once. Times are the server's clock, never a worker's.
/// </summary>
public sealed partial class JobQueue
{
    /// <summary>Attempts before a job fails for good.</summary>
    public const int DefaultMaxAttempts = 5;

    private static readonly JsonSerializerOptions PayloadOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresArticleStore _store;

    private JobQueue(PostgresArticleStore store)
    {
        _store = store;
        _dataSource = store.DataSource;
    }

    /// <summary>How messages name the queue's database.</summary>
    public string Description => _store.Description;

    /// <summary>True when <paramref name="store"/> has a job queue (PostgreSQL; the embedded store ingests directly).</summary>
    public static bool IsAvailable(IArticleStore store) => store is PostgresArticleStore;

    /// <summary>The queue in <paramref name="store"/>'s database.</summary>
    /// <exception cref="StoreException">The store is the embedded one, which has no queue.</exception>
    public static JobQueue For(IArticleStore store) => store is PostgresArticleStore pg
        ? new JobQueue(pg)
        : throw new StoreException(store.Description, "the embedded store has no job queue (workers need PostgreSQL: --db postgres://…); ingest without --enqueue writes directly");

    /// <summary>Queues an ingest job per document, skipping documents already stored unchanged or already waiting.</summary>
    public async Task<EnqueueResult> EnqueueAsync(IReadOnlyList<RawDocument> documents, int maxAttempts = DefaultMaxAttempts, CancellationToken cancellationToken = default)
    {
        if (documents.Count == 0)
            return EnqueueResult.Empty;
        var hashes = documents.Select(ContentHash.Of).ToList();
        var stored = await _store.FindStoredContentHashesAsync(hashes.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        var payloads = new List<byte[]>();
        var origins = new List<string?>();
        var alreadyStored = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            if (stored.Contains(hashes[i]))
            {
                alreadyStored++;
                continue;
            }
            keys.Add(hashes[i]);
            payloads.Add(Compression.Compress(JsonSerializer.Serialize(documents[i], PayloadOptions)));
            origins.Add(documents[i].Origin ?? documents[i].Url ?? documents[i].Id);
        }
        if (keys.Count == 0)
            return new EnqueueResult(0, alreadyStored, 0);
        var inserted = await RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO jobs (kind, dedupe_key, payload, origin, max_attempts)
                SELECT @kind, k, p, o, @max FROM unnest(@keys::text[], @payloads::bytea[], @origins::text[]) AS t(k, p, o)
                ON CONFLICT (kind, dedupe_key) WHERE state IN ('queued', 'running') DO NOTHING
                """, connection);
            command.Parameters.AddWithValue("kind", JobKinds.Ingest);
            command.Parameters.AddWithValue("max", maxAttempts);
            command.Parameters.AddWithValue("keys", keys.ToArray());
            command.Parameters.AddWithValue("payloads", payloads.ToArray());
            command.Parameters.AddWithValue("origins", origins.ToArray());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return new EnqueueResult(inserted, alreadyStored, keys.Count - inserted);
    }

    /// <summary>Decodes a job's payload.</summary>
    internal static RawDocument DecodePayload(byte[] payload) =>
        JsonSerializer.Deserialize<RawDocument>(Compression.Decompress(payload), PayloadOptions)
        ?? throw new InvalidDataException("empty job payload");

    /// <summary>Runs <paramref name="body"/> with a pooled connection, translating PostgreSQL and network errors.</summary>
    private async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await body(connection).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not StoreException && e is not OperationCanceledException && _store.Translate(e) is { } translated)
        {
            throw translated;
        }
    }
}
