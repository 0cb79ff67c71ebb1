using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;

namespace Marsad.Sources.Watching.Internal;

/// <summary>
/// Fetches feeds and pages the way a well-behaved crawler does: robots.txt first (cached per host), requests to a host
/// one at a time, each its interval or Crawl-delay after the last, a clear User-Agent, conditional GETs, a time limit per attempt, a size
/// limit per response, retries with exponential backoff and jitter for what is worth retrying (Polly), a circuit
/// breaker per host that stops hammering a failing site, and redirects followed by hand — each hop checked against
/// robots.txt and the rate limit, loops stopped at once.
/// </summary>
internal sealed partial class PoliteFetcher : IDisposable
{
    private readonly WatchOptions _options;
    private readonly HttpClient _http;
    private readonly HostThrottle _throttle;
    private readonly TimeProvider _time;
    private readonly ResiliencePipelineRegistry<string> _pipelines = new();

    public PoliteFetcher(WatchOptions options, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _throttle = new HostThrottle(_time);
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 2,
        };
        // per-attempt limits are enforced in AttemptAsync; this is only a backstop
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>GETs <paramref name="url"/> (following redirects), reading at most <paramref name="maxBytes"/>.</summary>
    public async Task<FetchResult> GetAsync(Uri url, long maxBytes, FeedValidators? validators, string accept, CancellationToken cancellationToken)
    {
        var visited = new List<Uri>();
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            if (visited.Any(v => v.AbsoluteUri == url.AbsoluteUri))
                return new FetchResult(FetchStatus.Refused, url, Error: "redirect loop: " + string.Join(" → ", visited.Append(url).Select(u => u.PathAndQuery)));
            visited.Add(url);
            var robots = await GetRobotsAsync(url, cancellationToken).ConfigureAwait(false);
            if (robots.Error is not null)
                return new FetchResult(FetchStatus.Failed, url, Error: robots.Error);
            if (!robots.Rules.Allows(url))
                return new FetchResult(FetchStatus.Blocked, url, Error: "robots.txt disallows it for " + WatchOptions.RobotName);
            var result = await ResilientGetAsync(url, HostInterval(robots.Rules), maxBytes, validators, accept, cancellationToken).ConfigureAwait(false);
            if (result.Status != FetchStatus.Redirect)
                return result;
            // the next hop is a new request, with no validators (they belonged to the old URL)
            url = result.Location!;
            validators = null;
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
                return new FetchResult(FetchStatus.Refused, url, Error: "redirected to a non-web address");
        }
        return new FetchResult(FetchStatus.Refused, url, Error: $"more than {_options.MaxRedirects} redirects");
    }

    private TimeSpan HostInterval(RobotsTxt robots)
    {
        var delay = robots.CrawlDelay is { } d ? (d < _options.MaxCrawlDelay ? d : _options.MaxCrawlDelay) : TimeSpan.Zero;
        return delay > _options.HostInterval ? delay : _options.HostInterval;
    }

    private async Task<FetchResult> ResilientGetAsync(Uri url, TimeSpan interval, long maxBytes, FeedValidators? validators, string accept, CancellationToken cancellationToken)
    {
        var pipeline = _pipelines.GetOrAddPipeline(url.GetLeftPart(UriPartial.Authority), BuildPipeline);
        try
        {
            return await pipeline.ExecuteAsync(async token => await AttemptAsync(url, interval, maxBytes, validators, accept, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            return new FetchResult(FetchStatus.Failed, url, Error: $"{url.Authority} is failing: its circuit is open, no request sent (tried again after {_options.CircuitBreakDuration.TotalSeconds:0} s)");
        }
        catch (TransientHttpException e)
        {
            return new FetchResult(FetchStatus.Failed, url, e.Status, Error: $"HTTP {e.Status} after {_options.Retries + 1} attempts");
        }
        catch (TimeoutException)
        {
            return new FetchResult(FetchStatus.Failed, url, Error: $"timed out ({_options.Timeout.TotalSeconds:0.#} s per attempt, {_options.Retries + 1} attempts)");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new FetchResult(FetchStatus.Failed, url, Error: e.Message);
        }
    }

    private void BuildPipeline(ResiliencePipelineBuilder builder)
    {
        var transient = new PredicateBuilder().Handle<TransientHttpException>().Handle<TimeoutException>().Handle<HttpRequestException>().Handle<IOException>();
        if (_options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = _options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                // a server that says when to come back (429, 503) is believed, within reason
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is TransientHttpException { RetryAfter: { } after }
                    ? (TimeSpan?)(after < TimeSpan.FromMinutes(1) ? after : TimeSpan.FromMinutes(1)) : null),
            });
        }
        if (_options.CircuitFailures > 0)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 0.8,
                MinimumThroughput = Math.Max(2, _options.CircuitFailures),
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = _options.CircuitBreakDuration,
            });
        }
        builder.TimeProvider = _time;
    }

    public void Dispose() => _http.Dispose();
}
