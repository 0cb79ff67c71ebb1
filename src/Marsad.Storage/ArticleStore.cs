using Marsad.Storage.Postgres;
using Marsad.Storage.Sqlite;

namespace Marsad.Storage;

/// <summary>Opens the store a <c>--db</c> value names, running any pending schema migrations first.</summary>
public static class ArticleStore
{
    /// <summary>Opens (and, when <paramref name="create"/> is set, creates) the store at <paramref name="location"/>.</summary>
    /// <param name="location">A <c>--db</c> value; see <see cref="StoreLocation.Parse"/>.</param>
    /// <param name="create">Create an embedded store file that does not exist yet (ingest does; search does not).</param>
    /// <param name="cancellationToken">Cancels opening and migrating.</param>
    /// <exception cref="StoreException">The store is missing, unreadable, corrupt, unreachable or from a newer Marsad.</exception>
    public static async Task<IArticleStore> OpenAsync(string? location, bool create = false, CancellationToken cancellationToken = default)
    {
        var parsed = StoreLocation.Parse(location);
        return parsed.Kind == StoreKind.Postgres
            ? await PostgresArticleStore.OpenAsync(parsed, cancellationToken).ConfigureAwait(false)
            : await SqliteArticleStore.OpenAsync(parsed, create, cancellationToken).ConfigureAwait(false);
    }
}
