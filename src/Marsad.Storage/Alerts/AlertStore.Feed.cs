using Marsad.Storage.Internal;

namespace Marsad.Storage.Alerts;

public sealed partial class AlertStore
{
    /// <summary>The newest <paramref name="limit"/> matches of an alert, newest first (for its Atom feed).</summary>
    public Task<IReadOnlyList<AlertMatch>> GetMatchesAsync(long alertId, int limit = 50, CancellationToken cancellationToken = default) =>
        _db.RunAsync(async connection =>
        {
            var rows = new List<(long Article, DateTimeOffset At, string? Delivery)>();
            await using (var command = SharedSql.Command(connection, null, """
                SELECT article, matched_at, delivery FROM alert_matches WHERE alert = @alert ORDER BY matched_at DESC, article DESC LIMIT @limit
                """, ("@alert", alertId), ("@limit", Math.Clamp(limit, 1, 1000))))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    rows.Add((reader.GetInt64(0), SharedSql.ReadTime(reader, 1) ?? DateTimeOffset.MinValue, reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
            var articles = (await _db.Backend.ReadArticlesAsync(connection, null, rows.Select(r => r.Article).ToList(), cancellationToken).ConfigureAwait(false))
                .ToDictionary(a => a.Key);
            return (IReadOnlyList<AlertMatch>)rows.Where(r => articles.ContainsKey(r.Article))
                .Select(r => new AlertMatch(alertId, articles[r.Article].Article, r.At, r.Delivery)).ToList();
        }, cancellationToken);
}
