using System.Globalization;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Maintenance;

public sealed partial class Reanalyzer
{
    /// <summary>The key to start after, and the key an interrupted run is resumed at (null for a fresh start).</summary>
    private Task<(long Cursor, long? ResumedAt)> StartAsync(bool restart, CancellationToken cancellationToken) =>
        _db.InTransactionAsync(async (connection, transaction) =>
        {
            long? cursor = null;
            await using (var command = SharedSql.Command(connection, transaction, "SELECT cursor, finished_at FROM maintenance_runs WHERE name = @name", ("@name", RunName)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.IsDBNull(1))
                    cursor = reader.GetInt64(0);
            }
            if (cursor is { } resume && !restart)
                return (resume, (long?)resume);
            var now = _db.Time(DateTimeOffset.UtcNow);
            await SharedSql.ExecuteAsync(connection, transaction, """
                INSERT INTO maintenance_runs (name, cursor, processed, started_at, updated_at, finished_at) VALUES (@name, 0, 0, @now, @now, NULL)
                ON CONFLICT (name) DO UPDATE SET cursor = 0, processed = 0, started_at = excluded.started_at, updated_at = excluded.updated_at, finished_at = NULL
                """, cancellationToken, ("@name", RunName), ("@now", now)).ConfigureAwait(false);
            return (0L, (long?)null);
        }, cancellationToken);

    private Task<List<(long Key, string Id)>> NextBatchAsync(long cursor, CancellationToken cancellationToken) =>
        _db.RunAsync(async connection =>
        {
            await using var command = SharedSql.Command(connection, null, string.Create(CultureInfo.InvariantCulture,
                $"SELECT key, id FROM articles WHERE key > @cursor ORDER BY key LIMIT {_batchSize}"), ("@cursor", cursor));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var batch = new List<(long, string)>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                batch.Add((reader.GetInt64(0), reader.GetString(1)));
            return batch;
        }, cancellationToken);

    private Task MarkAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        _db.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var key in keys)
            {
                await SharedSql.ExecuteAsync(connection, transaction, "UPDATE articles SET content_hash = 'reanalyze' WHERE key = @key",
                    cancellationToken, ("@key", key)).ConfigureAwait(false);
            }
            return keys.Count;
        }, cancellationToken);

    private Task AdvanceAsync(long cursor, int count, CancellationToken cancellationToken) =>
        _db.RunAsync(c => SharedSql.ExecuteAsync(c, null, "UPDATE maintenance_runs SET cursor = @cursor, processed = processed + @count, updated_at = @now WHERE name = @name",
            cancellationToken, ("@cursor", cursor), ("@count", count), ("@now", _db.Time(DateTimeOffset.UtcNow)), ("@name", RunName)), cancellationToken);
}
