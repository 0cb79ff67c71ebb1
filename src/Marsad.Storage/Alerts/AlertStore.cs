using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Alerts;

/// <summary>
/// Saved searches and what they matched, kept in the store's own database (SQLite or PostgreSQL). New articles are
/// noted by a trigger as they are inserted (while any alert exists); <see cref="MatchNewArticlesAsync"/> takes the noted
/// articles, checks them against every alert and records each match once — so each article reaches each alert once,
/// however many workers run the matcher and in whatever order their transactions commit.
/// </summary>
public sealed partial class AlertStore
{
    private static readonly JsonSerializerOptions FilterJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private readonly SharedDatabase _db;

    private AlertStore(SharedDatabase db) => _db = db;

    /// <summary>The alerts kept in <paramref name="store"/>'s database.</summary>
    public static AlertStore For(IArticleStore store) => new(SharedDatabase.Of(store));

    /// <summary>Saves a new alert and returns it (with its generated secret).</summary>
    /// <exception cref="ArgumentException">The query has no words and the filter is empty, or the webhook is not an http(s) URL.</exception>
    public async Task<Alert> AddAsync(string name, string query, ArticleFilter filter, bool matchAll = true, string? webhook = null, string? secret = null,
        CancellationToken cancellationToken = default)
    {
        query = query.Trim();
        if (!AlertMatcher.IsSelective(query, filter))
            throw new ArgumentException("an alert needs search words or at least one filter (it would match every article)", nameof(query));
        if (webhook is not null && !IsWebhookUrl(webhook))
            throw new ArgumentException($"'{webhook}' is not an absolute http:// or https:// URL", nameof(webhook));
        secret ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        if (string.IsNullOrWhiteSpace(name))
            name = query.Length > 0 ? query : "alert";
        var id = await _db.RunAsync(async connection =>
        {
            await using var command = SharedSql.Command(connection, null, """
                INSERT INTO alerts (name, query, filter, match_all, webhook, secret) VALUES (@name, @query, @filter, @all, @webhook, @secret) RETURNING id
                """, ("@name", name.Trim()), ("@query", query), ("@filter", JsonSerializer.Serialize(SavedFilter.Of(filter), FilterJson)), ("@all", matchAll),
                ("@webhook", webhook), ("@secret", secret));
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken).ConfigureAwait(false);
        return await GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new StoreException(_db.Description, "the new alert vanished");
    }

    /// <summary>Every alert, oldest first.</summary>
    public Task<IReadOnlyList<Alert>> ListAsync(CancellationToken cancellationToken = default) =>
        _db.RunAsync(connection => ReadAlertsAsync(connection, null, null, cancellationToken), cancellationToken);

    /// <summary>The alert with <paramref name="id"/>, or null.</summary>
    public async Task<Alert?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await _db.RunAsync(connection => ReadAlertsAsync(connection, null, id, cancellationToken), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>Deletes an alert with its matches; false when there is none with <paramref name="id"/>.</summary>
    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async (connection, transaction) =>
        {
            await SharedSql.ExecuteAsync(connection, transaction, "DELETE FROM alert_matches WHERE alert = @id", cancellationToken, ("@id", id)).ConfigureAwait(false);
            var removed = await SharedSql.ExecuteAsync(connection, transaction, "DELETE FROM alerts WHERE id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false) > 0;
            // with no alert left, nothing waits to be matched
            await SharedSql.ExecuteAsync(connection, transaction, "DELETE FROM article_changes WHERE NOT EXISTS (SELECT 1 FROM alerts)", cancellationToken).ConfigureAwait(false);
            return removed;
        }, cancellationToken);

    /// <summary>Match and delivery counts per alert id.</summary>
    public Task<IReadOnlyDictionary<long, AlertCounts>> CountAsync(CancellationToken cancellationToken = default) =>
        _db.RunAsync(async connection =>
        {
            await using var command = SharedSql.Command(connection, null, """
                SELECT alert, count(*), sum(CASE WHEN delivery IN ('pending', 'sending') THEN 1 ELSE 0 END),
                       sum(CASE WHEN delivery = 'sent' THEN 1 ELSE 0 END), sum(CASE WHEN delivery = 'failed' THEN 1 ELSE 0 END), max(matched_at)
                FROM alert_matches GROUP BY alert
                """);
            var counts = new Dictionary<long, AlertCounts>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                counts[reader.GetInt64(0)] = new AlertCounts(reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), SharedSql.ReadTime(reader, 5));
            return (IReadOnlyDictionary<long, AlertCounts>)counts;
        }, cancellationToken);

    private static bool IsWebhookUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static async Task<IReadOnlyList<Alert>> ReadAlertsAsync(DbConnection connection, DbTransaction? transaction, long? id, CancellationToken cancellationToken)
    {
        await using var command = SharedSql.Command(connection, transaction,
            "SELECT id, name, query, filter, match_all, webhook, secret, created_at FROM alerts" + (id is null ? "" : " WHERE id = @id") + " ORDER BY id");
        if (id is not null)
            SharedSql.Add(command, "@id", id.Value);
        var alerts = new List<Alert>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var filter = JsonSerializer.Deserialize<SavedFilter>(reader.GetString(3), FilterJson)?.ToFilter() ?? ArticleFilter.None;
            alerts.Add(new Alert(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), filter, reader.GetBoolean(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), SharedSql.ReadTime(reader, 7) ?? DateTimeOffset.MinValue));
        }
        return alerts;
    }

    /// <summary>An alert's filter as stored (JSON).</summary>
    private sealed record SavedFilter(DateOnly? From, DateOnly? To, string? Source, string? Agency, string? Topic, string? Entity)
    {
        public static SavedFilter Of(ArticleFilter f) => new(f.From, f.To, f.Source, f.Agency, f.Topic, f.Entity);

        public ArticleFilter ToFilter() => new() { From = From, To = To, Source = Source, Agency = Agency, Topic = Topic, Entity = Entity };
    }
}
