using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

internal sealed partial class SqliteArticleStore
{
    /// <summary>The newest schema this build knows.</summary>
    public static int LatestVersion => SqliteMigrations.All[^1].Version;

    private async Task MigrateAsync(bool create, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await ConnectAsync(cancellationToken, create).ConfigureAwait(false);
            var mode = await ScalarTextAsync(connection, "PRAGMA journal_mode=WAL", cancellationToken).ConfigureAwait(false);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new StoreException(_path, $"cannot switch the store to write-ahead logging (journal mode is {mode})");
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            // BEGIN IMMEDIATE (Serializable): two processes opening a new store at once migrate one after the other
            var hasSchemaTable = await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_migrations'", cancellationToken, transaction).ConfigureAwait(false) > 0;
            if (!hasSchemaTable)
            {
                var tables = await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type='table'", cancellationToken, transaction).ConfigureAwait(false);
                if (tables > 0)
                    throw new StoreException(_path, "not a Marsad store: an SQLite database with other tables (it was left untouched)");
                await ExecuteAsync(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken, transaction).ConfigureAwait(false);
            }
            var applied = new HashSet<int>();
            await using (var versions = connection.CreateCommand())
            {
                versions.Transaction = transaction;
                versions.CommandText = "SELECT version FROM schema_migrations";
                await using var reader = await versions.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    applied.Add(reader.GetInt32(0));
            }
            var current = applied.Count == 0 ? 0 : applied.Max();
            if (current > LatestVersion)
                throw new StoreException(_path, $"the store has schema version {current}, newer than this Marsad knows ({LatestVersion}); upgrade Marsad");
            // every migration not yet applied, in order — also one numbered below the newest applied (branches that each
            // added a migration can land in either order)
            foreach (var migration in SqliteMigrations.All.Where(m => !applied.Contains(m.Version)))
            {
                await ExecuteAsync(connection, migration.Sql, cancellationToken, transaction).ConfigureAwait(false);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$n", migration.Name);
                record.Parameters.AddWithValue("$t", Now());
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                current = Math.Max(current, migration.Version);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            SchemaVersion = current;
        }
        catch (SqliteException e)
        {
            throw Translate(e);
        }
    }

    private static async Task<string?> ScalarTextAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))?.ToString();
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
