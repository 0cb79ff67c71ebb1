using System.Data.Common;
using System.Net.Sockets;
using Marsad.Serialization;
using Marsad.Storage.Internal;
using Npgsql;

namespace Marsad.Storage.Postgres;

/// <summary>The PostgreSQL side of <see cref="ISharedBackend"/>: the queue, alerts and watch state share this pool.</summary>
internal sealed partial class PostgresArticleStore : ISharedBackend
{
    public StoreKind Kind => StoreKind.Postgres;

    /// <summary>The pool every shared-mode feature of this process uses.</summary>
    internal NpgsqlDataSource DataSource => _dataSource;

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoredArticle>> ReadArticlesAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        var articles = new List<StoredArticle>(keys.Count);
        if (keys.Count == 0)
            return articles;
        await using var command = new NpgsqlCommand("SELECT key, content_hash, article::text FROM articles WHERE key = ANY(@keys) ORDER BY key", (NpgsqlConnection)connection, (NpgsqlTransaction?)transaction);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ArticleJson.Deserialize(reader.GetString(2)) is { } article)
                articles.Add(new StoredArticle(reader.GetInt64(0), reader.GetString(1), article));
        }
        return articles;
    }

    public StoreException? Translate(Exception error) => error switch
    {
        StoreException e => e,
        PostgresException e => new StoreException(_display, $"PostgreSQL error {e.SqlState}: {e.MessageText}", e),
        NpgsqlException e when e.InnerException is SocketException or TimeoutException or IOException || e.InnerException?.InnerException is SocketException =>
            new StoreException(_display, "cannot reach the PostgreSQL server: " + (e.InnerException?.Message ?? e.Message), e),
        NpgsqlException e => new StoreException(_display, "PostgreSQL connection error: " + e.Message, e),
        _ => null,
    };
}
