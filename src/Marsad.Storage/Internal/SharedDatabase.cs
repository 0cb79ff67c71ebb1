using System.Data.Common;

namespace Marsad.Storage.Internal;

/// <summary>Runs shared-mode statements on a store's database, turning driver errors into <see cref="StoreException"/>s.</summary>
internal sealed class SharedDatabase
{
    private SharedDatabase(ISharedBackend backend) => Backend = backend;

    public ISharedBackend Backend { get; }

    public StoreKind Kind => Backend.Kind;

    public string Description => Backend.Description;

    /// <summary>The shared database behind <paramref name="store"/> (every store Marsad opens has one).</summary>
    public static SharedDatabase Of(IArticleStore store) => store is ISharedBackend backend
        ? new SharedDatabase(backend)
        : throw new ArgumentException("not a Marsad store: " + store.GetType().Name, nameof(store));

    public object Time(DateTimeOffset time) => SharedSql.Time(Kind, time);

    public async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await Backend.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await body(connection).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not StoreException && e is not OperationCanceledException && Backend.Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Runs <paramref name="body"/> in one transaction (SQLite: BEGIN IMMEDIATE, so concurrent writers queue up).</summary>
    public Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> body, CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(
                Kind == StoreKind.Sqlite ? System.Data.IsolationLevel.Serializable : System.Data.IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
            var result = await body(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }, cancellationToken);
}
