using Marsad.Storage.Internal;

namespace Marsad.Storage.Alerts;

/// <summary>A webhook delivery due now, claimed by one process.</summary>
public sealed record WebhookDelivery(Alert Alert, long ArticleKey, Article Article, DateTimeOffset MatchedAt, int Attempt);

public sealed partial class AlertStore
{
    /// <summary>
    /// Claims up to <paramref name="max"/> webhook deliveries that are due (new, or retries whose time has come, or ones a
    /// crashed process was sending longer than <paramref name="lease"/> ago).
    /// </summary>
    public Task<IReadOnlyList<WebhookDelivery>> ClaimDueDeliveriesAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async (connection, transaction) =>
        {
            var now = DateTimeOffset.UtcNow;
            var lockClause = _db.Kind == StoreKind.Postgres ? " FOR UPDATE SKIP LOCKED" : "";
            var claimed = new List<(long Alert, long Article, DateTimeOffset At, int Attempts)>();
            await using (var command = SharedSql.Command(connection, transaction, $"""
                UPDATE alert_matches SET delivery = 'sending', attempts = attempts + 1, next_attempt_at = @until
                WHERE (alert, article) IN (
                    SELECT alert, article FROM alert_matches WHERE delivery IN ('pending', 'sending') AND next_attempt_at <= @now
                    ORDER BY next_attempt_at LIMIT @max{lockClause})
                RETURNING alert, article, matched_at, attempts
                """, ("@now", _db.Time(now)), ("@until", _db.Time(now + lease)), ("@max", max)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    claimed.Add((reader.GetInt64(0), reader.GetInt64(1), SharedSql.ReadTime(reader, 2) ?? now, reader.GetInt32(3)));
            }
            if (claimed.Count == 0)
                return (IReadOnlyList<WebhookDelivery>)[];
            var alerts = (await ReadAlertsAsync(connection, transaction, null, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);
            var articles = (await _db.Backend.ReadArticlesAsync(connection, transaction, claimed.Select(c => c.Article).Distinct().ToList(), cancellationToken).ConfigureAwait(false))
                .ToDictionary(a => a.Key);
            return claimed.Where(c => alerts.ContainsKey(c.Alert) && alerts[c.Alert].Webhook is not null && articles.ContainsKey(c.Article))
                .Select(c => new WebhookDelivery(alerts[c.Alert], c.Article, articles[c.Article].Article, c.At, c.Attempts)).ToList();
        }, cancellationToken);

    /// <summary>Records a delivery's outcome: sent; or failed, to be tried again at <paramref name="retryAt"/> (null: failed for good).</summary>
    public Task RecordDeliveryAsync(WebhookDelivery delivery, bool sent, string? error, DateTimeOffset? retryAt, CancellationToken cancellationToken = default) =>
        _db.RunAsync(connection =>
        {
            var now = DateTimeOffset.UtcNow;
            var (state, next) = sent ? ("sent", (DateTimeOffset?)null) : retryAt is null ? ("failed", null) : ("pending", retryAt);
            return SharedSql.ExecuteAsync(connection, null, """
                UPDATE alert_matches SET delivery = @state, next_attempt_at = @next, error = @error, delivered_at = @delivered
                WHERE alert = @alert AND article = @article AND delivery = 'sending'
                """, cancellationToken, ("@state", state), ("@next", next is { } n ? _db.Time(n) : null), ("@error", error),
                ("@delivered", sent ? _db.Time(now) : null), ("@alert", delivery.Alert.Id), ("@article", delivery.ArticleKey));
        }, cancellationToken);
}
