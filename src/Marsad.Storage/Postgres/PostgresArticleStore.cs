using System.Net.Sockets;
using Marsad.Storage.Internal;
using Npgsql;

namespace Marsad.Storage.Postgres;

/// <summary>
/// The shared store: PostgreSQL holds articles, findings and the search index, and any number of processes (ingest,
/// workers, web servers) use it at once. Writes are idempotent upserts keyed by article id and content hash, so a batch
/// written twice (a retried job) stores once.
/// </summary>
internal sealed partial class PostgresArticleStore : IArticleStore, IPreparesRows
{
    /// <summary>Serializes migrations across every process that opens the database at once.</summary>
    private const long MigrationLockId = 0x4d61727361640001; // "Marsad" + 1

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _display;

    private PostgresArticleStore(NpgsqlDataSource dataSource, string display)
    {
        _dataSource = dataSource;
        _display = display;
        Description = display;
    }

    public string Description { get; }

    public int SchemaVersion { get; private set; }

    public static int LatestVersion => PostgresMigrations.All[^1].Version;

    public static async Task<PostgresArticleStore> OpenAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.Value);
        if (!location.Value.Contains("timeout", StringComparison.OrdinalIgnoreCase))
            builder.Timeout = 10;
        var store = new PostgresArticleStore(NpgsqlDataSource.Create(builder.ConnectionString), location.Display);
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return store;
    }

    /// <summary>Runs <paramref name="body"/> with a pooled connection, translating PostgreSQL and network errors.</summary>
    private async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await body(connection).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            throw new StoreException(_display, $"PostgreSQL error {e.SqlState}: {e.MessageText}", e);
        }
        catch (NpgsqlException e) when (e.InnerException is SocketException or TimeoutException || e.InnerException?.InnerException is SocketException)
        {
            throw new StoreException(_display, "cannot reach the PostgreSQL server: " + (e.InnerException?.Message ?? e.Message), e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException(_display, "PostgreSQL connection error: " + e.Message, e);
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        SchemaVersion = await RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({MigrationLockId})", connection, transaction))
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", connection, transaction))
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            int current;
            await using (var max = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection, transaction))
                current = Convert.ToInt32(await max.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (current > LatestVersion)
                throw new StoreException(_display, $"the database has schema version {current}, newer than this Marsad knows ({LatestVersion}); upgrade Marsad");
            foreach (var migration in PostgresMigrations.All.Where(m => m.Version > current))
            {
                await using (var step = new NpgsqlCommand(migration.Sql, connection, transaction))
                    await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES (@v, @n)", connection, transaction);
                record.Parameters.AddWithValue("v", migration.Version);
                record.Parameters.AddWithValue("n", migration.Name);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                current = migration.Version;
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return current;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, FilterSql? filter, NpgsqlTransaction? transaction = null)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        if (filter is not null)
        {
            foreach (var (name, value) in filter.Parameters)
                command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
