using System.Data.Common;
using Marsad.Serialization;
using Marsad.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>The embedded side of <see cref="ISharedBackend"/>: alerts and watch state live in the same file.</summary>
internal sealed partial class SqliteArticleStore : ISharedBackend
{
    public StoreKind Kind => StoreKind.Sqlite;

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await ConnectAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoredArticle>> ReadArticlesAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        var articles = new List<StoredArticle>(keys.Count);
        if (keys.Count == 0)
            return articles;
        await using var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction;
        command.CommandText = """
            SELECT a.key, a.content_hash, r.article FROM articles a JOIN article_records r ON r.key = a.key
            WHERE a.key IN (SELECT value FROM json_each(@keys)) ORDER BY a.key
            """;
        command.Parameters.AddWithValue("@keys", System.Text.Json.JsonSerializer.Serialize(keys));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ArticleJson.Deserialize(Compression.Decompress((byte[])reader.GetValue(2))) is { } article)
                articles.Add(new StoredArticle(reader.GetInt64(0), reader.GetString(1), article));
        }
        return articles;
    }

    public StoreException? Translate(Exception error) => error switch
    {
        StoreException e => e,
        SqliteException e => Translate(e),
        _ => null,
    };
}
