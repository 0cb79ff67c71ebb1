using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer), an FTS5 index over Marsad's own
/// search terms, and the full article record as Brotli-compressed JSON beside queryable columns. Each call opens a
/// pooled connection; writes are serialized in-process and guarded across processes by <c>BEGIN IMMEDIATE</c>.
/// </summary>
internal sealed partial class SqliteArticleStore : IArticleStore, Internal.IPreparesRows
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();
    private readonly string _connectionString;
    private readonly string _createConnectionString;
    private readonly string _path;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private SqliteArticleStore(string path)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _createConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        Description = "SQLite store " + path;
    }

    public string Description { get; }

    public int SchemaVersion { get; private set; }

    /// <summary>The store file.</summary>
    public string Path => _path;

    public static async Task<SqliteArticleStore> OpenAsync(StoreLocation location, bool create, CancellationToken cancellationToken)
    {
        var path = location.Value;
        CheckFile(location, path, create);
        var store = new SqliteArticleStore(path);
        try
        {
            await store.MigrateAsync(create, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return store;
    }

    private static void CheckFile(StoreLocation location, string path, bool create)
    {
        if (Directory.Exists(path))
            throw new StoreException(location.Display, "is a folder, not a store file");
        if (!File.Exists(path))
        {
            if (!create)
                throw new StoreException(location.Display, "no store here (run 'marsad ingest' to create one, or pass --db)");
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StoreException(location.Display, "cannot create the store's folder: " + e.Message, e);
            }
            return;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> head = stackalloc byte[16];
            var read = stream.ReadAtLeast(head, 16, throwOnEndOfStream: false);
            if (stream.Length > 0 && (read < 16 || !head.SequenceEqual(Header)))
                throw new StoreException(location.Display, "not a Marsad store: the file is not an SQLite database (corrupt or another kind of file); it was left untouched");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(location.Display, "cannot read the store file: " + e.Message, e);
        }
    }

    /// <summary>Opens a pooled connection with the per-connection settings every operation needs.</summary>
    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken, bool create = false)
    {
        var connection = new SqliteConnection(create ? _createConnectionString : _connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // NORMAL is durable against a killed process in WAL mode (only power loss may lose the last commits)
            await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Turns SQLite's errors into messages that name the file and say what is wrong.</summary>
    private StoreException Translate(SqliteException e) => e.SqliteErrorCode switch
    {
        11 or 26 => new StoreException(_path, $"the store file is corrupt or not a Marsad store ({e.Message.TrimEnd('.')}); it was left untouched — restore it from a backup", e),
        14 => new StoreException(_path, "cannot open the store file: " + e.Message, e),
        8 => new StoreException(_path, "the store file is read-only: " + e.Message, e),
        13 => new StoreException(_path, "the disk is full: " + e.Message, e),
        5 or 6 => new StoreException(_path, "the store is locked by another process for too long: " + e.Message, e),
        10 => new StoreException(_path, "input/output error on the store file: " + e.Message, e),
        _ => new StoreException(_path, "store error: " + e.Message, e),
    };

    /// <summary>Runs <paramref name="body"/> with a connection, translating SQLite errors into <see cref="StoreException"/>s.</summary>
    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            return await body(connection).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw Translate(e);
        }
    }

    public ValueTask DisposeAsync()
    {
        // pooled connections hold the file open; release them so the file can be moved, deleted or checked
        using (var connection = new SqliteConnection(_connectionString))
            SqliteConnection.ClearPool(connection);
        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
