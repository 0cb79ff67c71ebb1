using Marsad.Storage.Internal;

namespace Marsad.Storage.Alerts;

public sealed partial class AlertStore
{
    /// <summary>
    /// Checks the articles inserted since the last run against every alert and records the matches (once per alert and
    /// article), <paramref name="batchSize"/> articles per transaction, until none is left or <paramref name="maxBatches"/>
    /// batches are done. Safe to run in many processes at once. Returns the number of new matches.
    /// </summary>
    public async Task<int> MatchNewArticlesAsync(int batchSize = 500, int maxBatches = 100, CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var i = 0; i < maxBatches; i++)
        {
            var (taken, matched) = await MatchBatchAsync(batchSize, cancellationToken).ConfigureAwait(false);
            total += matched;
            if (taken < batchSize)
                break;
        }
        return total;
    }

    private Task<(int Taken, int Matched)> MatchBatchAsync(int batchSize, CancellationToken cancellationToken) =>
        _db.InTransactionAsync(async (connection, transaction) =>
        {
            // taking the rows out and recording the matches commit together: a crash leaves the rows for the next run
            var lockClause = _db.Kind == StoreKind.Postgres ? " FOR UPDATE SKIP LOCKED" : "";
            var noted = new Dictionary<long, DateTimeOffset>();
            await using (var take = SharedSql.Command(connection, transaction, $"""
                DELETE FROM article_changes WHERE article IN (SELECT article FROM article_changes ORDER BY article LIMIT @n{lockClause})
                RETURNING article, noted_at
                """, ("@n", batchSize)))
            await using (var reader = await take.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    noted[reader.GetInt64(0)] = SharedSql.ReadTime(reader, 1) ?? DateTimeOffset.MinValue;
            }
            if (noted.Count == 0)
                return (0, 0);
            var matchers = (await ReadAlertsAsync(connection, transaction, null, cancellationToken).ConfigureAwait(false)).Select(a => new AlertMatcher(a)).ToList();
            if (matchers.Count == 0)
                return (noted.Count, 0);
            var articles = await _db.Backend.ReadArticlesAsync(connection, transaction, noted.Keys, cancellationToken).ConfigureAwait(false);
            var now = DateTimeOffset.UtcNow;
            var matched = 0;
            await using var insert = SharedSql.Command(connection, transaction, """
                INSERT INTO alert_matches (alert, article, matched_at, delivery, next_attempt_at) VALUES (@alert, @article, @at, @delivery, @at)
                ON CONFLICT DO NOTHING
                """, ("@alert", 0L), ("@article", 0L), ("@at", _db.Time(now)), ("@delivery", null));
            foreach (var stored in articles)
            {
                var tokens = new ArticleTokens(stored.Article);
                foreach (var matcher in matchers)
                {
                    // an article inserted before the alert existed is not news to it
                    if (noted[stored.Key] < matcher.Alert.CreatedAt || !matcher.Matches(stored.Article, tokens))
                        continue;
                    insert.Parameters["@alert"].Value = matcher.Alert.Id;
                    insert.Parameters["@article"].Value = stored.Key;
                    insert.Parameters["@delivery"].Value = matcher.Alert.Webhook is null ? DBNull.Value : "pending";
                    matched += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            return (noted.Count, matched);
        }, cancellationToken);
}
