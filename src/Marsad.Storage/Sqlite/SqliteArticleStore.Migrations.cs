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
            var current = (int)await ScalarAsync(connection, "SELECT coalesce(max(version), 0) FROM schema_migrations", cancellationToken, transaction).ConfigureAwait(false);
            if (current > LatestVersion)
                throw new StoreException(_path, $"the store has schema version {current}, newer than this Marsad knows ({LatestVersion}); upgrade Marsad");
            foreach (var migration in SqliteMigrations.All.Where(m => m.Version > current))
            {
                await ExecuteAsync(connection, migration.Sql, cancellationToken, transaction).ConfigureAwait(false);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$n", migration.Name);
                record.Parameters.AddWithValue("$t", Now());
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                current = migration.Version;
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
