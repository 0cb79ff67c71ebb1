using Marsad.Storage.Internal;

namespace Marsad.Storage.Watching;

/// <summary>
/// The feed watcher's memory, kept in the store's own database (migration 3: watch_feeds, watch_items) so that it
/// survives restarts and is shared by every watcher on the database: each feed's validators and last poll, and every
/// article URL taken — claimed atomically (INSERT … ON CONFLICT), so two watchers never fetch the same article.
/// </summary>
public sealed partial class WatchStateStore
{
    private readonly SharedDatabase _db;

    private WatchStateStore(SharedDatabase db) => _db = db;

    /// <summary>The watch state kept in <paramref name="store"/>'s database.</summary>
    public static WatchStateStore For(IArticleStore store) => new(SharedDatabase.Of(store));

    /// <summary>The ETag and Last-Modified of the feed's last complete poll (both null when there is none).</summary>
    public Task<(string? ETag, string? LastModified)> GetValidatorsAsync(string feed, CancellationToken cancellationToken) =>
        _db.RunAsync(async connection =>
        {
            await using var command = SharedSql.Command(connection, null, "SELECT etag, last_modified FROM watch_feeds WHERE url = @url", ("@url", feed));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                return ((string?)null, (string?)null);
            return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
        }, cancellationToken);

    /// <summary>Records a poll; an error counts one more failure in a row, a success resets the count.</summary>
    public Task SavePollAsync(string feed, int? status, string? etag, string? lastModified, string? error, CancellationToken cancellationToken) =>
        _db.RunAsync(connection => SharedSql.ExecuteAsync(connection, null, """
            INSERT INTO watch_feeds (url, etag, last_modified, polled_at, status, error, failures)
            VALUES (@url, @etag, @modified, @now, @status, @error, CASE WHEN CAST(@error AS text) IS NULL THEN 0 ELSE 1 END)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, polled_at = excluded.polled_at,
                status = excluded.status, error = excluded.error,
                failures = CASE WHEN excluded.error IS NULL THEN 0 ELSE watch_feeds.failures + 1 END
            """, cancellationToken, ("@url", feed), ("@etag", etag), ("@modified", lastModified), ("@now", _db.Time(DateTimeOffset.UtcNow)),
            ("@status", status), ("@error", error)), cancellationToken);

    /// <summary>
    /// Claims an article for fetching: true for a URL (and GUID) never seen, for a failed one due again, and for one
    /// claimed longer than <paramref name="claimTimeout"/> ago by a watcher that never finished it.
    /// </summary>
    public Task<bool> TryClaimAsync(string url, string? guid, string feed, TimeSpan claimTimeout, CancellationToken cancellationToken) =>
        _db.RunAsync(async connection =>
        {
            // the same article under another address (tracking parameters, http/https) is known by its GUID
            if (guid is not null && await SharedSql.ScalarAsync(connection, null, "SELECT count(*) FROM watch_items WHERE guid = @guid AND url <> @url",
                    cancellationToken, ("@guid", guid), ("@url", url)).ConfigureAwait(false) > 0)
                return false;
            var now = DateTimeOffset.UtcNow;
            await using var command = SharedSql.Command(connection, null, """
                INSERT INTO watch_items (url, guid, feed, state, attempts, claimed_at) VALUES (@url, @guid, @feed, 'fetching', 1, @now)
                ON CONFLICT (url) DO UPDATE SET state = 'fetching', attempts = watch_items.attempts + 1, claimed_at = excluded.claimed_at, error = NULL
                WHERE (watch_items.state = 'failed' AND watch_items.retry_at <= excluded.claimed_at)
                   OR (watch_items.state = 'fetching' AND watch_items.claimed_at < @stale)
                RETURNING url
                """, ("@url", url), ("@guid", guid), ("@feed", feed), ("@now", _db.Time(now)), ("@stale", _db.Time(now - claimTimeout)));
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not (null or DBNull);
        }, cancellationToken);

    /// <summary>Marks articles fetched and handed on: never fetched again.</summary>
    public Task CompleteAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken) =>
        _db.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var url in urls)
            {
                await SharedSql.ExecuteAsync(connection, transaction,
                    "UPDATE watch_items SET state = 'fetched', error = NULL, retry_at = NULL WHERE url = @url", cancellationToken, ("@url", url)).ConfigureAwait(false);
            }
            return urls.Count;
        }, cancellationToken);

    /// <summary>Records a failed fetch: 'failed' (due again at <paramref name="retryAt"/>), or 'gone' when permanent or out of attempts.</summary>
    public Task FailAsync(string url, string error, bool permanent, DateTimeOffset retryAt, int maxAttempts, CancellationToken cancellationToken) =>
        _db.RunAsync(connection => SharedSql.ExecuteAsync(connection, null, """
            UPDATE watch_items SET state = CASE WHEN @permanent = 1 OR attempts >= @max THEN 'gone' ELSE 'failed' END, retry_at = @retry, error = @error
            WHERE url = @url
            """, cancellationToken, ("@permanent", permanent ? 1 : 0), ("@max", maxAttempts), ("@retry", _db.Time(retryAt)), ("@error", error), ("@url", url)), cancellationToken);
}
