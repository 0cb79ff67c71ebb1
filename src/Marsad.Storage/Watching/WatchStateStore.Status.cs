namespace Marsad.Storage.Watching;

public sealed partial class WatchStateStore
{
    /// <summary>Article URLs per state (fetching, fetched, failed, gone).</summary>
    public Task<IReadOnlyDictionary<string, long>> CountItemsAsync(CancellationToken cancellationToken = default) =>
        _db.RunAsync(async connection =>
        {
            await using var command = Internal.SharedSql.Command(connection, null, "SELECT state, count(*) FROM watch_items GROUP BY state");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                counts[reader.GetString(0)] = reader.GetInt64(1);
            return (IReadOnlyDictionary<string, long>)counts;
        }, cancellationToken);
}
