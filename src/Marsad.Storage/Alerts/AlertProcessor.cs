namespace Marsad.Storage.Alerts;

/// <summary>
/// Does the alert work that is due: matches new articles against every alert, then sends the webhook deliveries whose
/// time has come, recording each outcome so that a restart neither loses nor repeats a delivery (a process killed in
/// the middle of a POST may repeat that one; the delivery id header lets the receiver drop it). Workers and the feed
/// watcher run it after their batches; <c>marsad alerts run</c> runs it by hand.
/// </summary>
public sealed class AlertProcessor : IDisposable
{
    private readonly AlertStore _alerts;
    private readonly AlertProcessorOptions _options;
    private readonly HttpClient _http;
    private readonly WebhookSender _sender;

    public AlertProcessor(IArticleStore store, AlertProcessorOptions? options = null)
    {
        _alerts = AlertStore.For(store);
        _options = options ?? new AlertProcessorOptions();
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = _options.Timeout, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = _options.Timeout,
        };
        _sender = new WebhookSender(_http);
    }

    /// <summary>Called for each delivery attempt: the delivery, and null when it was accepted or the error.</summary>
    public Action<WebhookDelivery, string?>? OnDelivery { get; set; }

    /// <summary>Matches new articles, then sends due deliveries until none is due. Returns (new matches, sent, failed attempts).</summary>
    public async Task<(int Matched, int Sent, int Failed)> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var matched = await _alerts.MatchNewArticlesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        int sent = 0, failed = 0;
        // bounded: each round claims what is due now; retries are due later, so the loop ends
        for (var round = 0; round < 1000; round++)
        {
            var due = await _alerts.ClaimDueDeliveriesAsync(_options.Concurrency * 4, _options.Timeout * 3, cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
                break;
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken }, async (delivery, token) =>
            {
                var error = await _sender.SendAsync(delivery, token).ConfigureAwait(false);
                DateTimeOffset? retryAt = error is null || delivery.Attempt >= _options.MaxAttempts ? null : DateTimeOffset.UtcNow + RetryDelay(delivery.Attempt);
                await _alerts.RecordDeliveryAsync(delivery, error is null, error, retryAt, CancellationToken.None).ConfigureAwait(false);
                if (error is null)
                    Interlocked.Increment(ref sent);
                else
                    Interlocked.Increment(ref failed);
                OnDelivery?.Invoke(delivery, error);
            }).ConfigureAwait(false);
        }
        return (matched, sent, failed);
    }

    /// <summary>Exponential backoff from <see cref="AlertProcessorOptions.RetryDelay"/>, capped, with ±20% jitter.</summary>
    private TimeSpan RetryDelay(int attempt)
    {
        var exponential = _options.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = exponential < _options.MaxRetryDelay ? exponential : _options.MaxRetryDelay;
        return capped * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }

    public void Dispose() => _http.Dispose();
}
