using System.Data.Common;

namespace Marsad.Storage.Internal;

/// <summary>
/// What the shared-mode features (queue, alerts, feed-watch state, maintenance runs) need from a backend: connections
/// to the same database, and the few statements whose SQL differs between SQLite and PostgreSQL. Both stores
/// implement it, so one pool serves the article store and everything beside it.
/// </summary>
internal interface ISharedBackend
{
    StoreKind Kind { get; }

    /// <summary>How messages name the store.</summary>
    string Description { get; }

    /// <summary>An open connection to the store's database (pooled); the caller disposes it.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The stored articles with these keys (missing keys are left out), with their ids and content hashes.</summary>
    Task<IReadOnlyList<StoredArticle>> ReadArticlesAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> keys, CancellationToken cancellationToken);

    /// <summary>Translates a driver error into a <see cref="StoreException"/> naming the store (null when it is not a database error).</summary>
    StoreException? Translate(Exception error);
}

/// <summary>One stored article with its storage key.</summary>
internal sealed record StoredArticle(long Key, string ContentHash, Article Article);
