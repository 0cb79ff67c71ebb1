namespace Marsad.Sources.Watching;

/// <summary>How <see cref="FeedWatcher"/> polls and fetches. The defaults are polite for real news sites.</summary>
public sealed record WatchOptions
{
    /// <summary>The robots.txt product token Marsad obeys (a group for it wins over the * group).</summary>
    public const string RobotName = "MarsadBot";

    /// <summary>The User-Agent header of every request.</summary>
    public string UserAgent { get; init; } = RobotName + "/0.1 (+https://github.com/marsad/marsad; Arabic news monitoring; obeys robots.txt)";

    /// <summary>Least time from the end of one request to a host to the start of the next (robots.txt Crawl-delay raises it, never lowers it); a host is sent one request at a time.</summary>
    public TimeSpan HostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Crawl-delay honoured; a larger one is cut to this (a site asking for hours would never be read).</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one request attempt, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a request that failed in a way worth retrying (5xx, 408, 429, network error, timeout).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Delay before the first retry; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>After this many failures in a row (within a minute) a host's circuit opens: it is left alone for <see cref="CircuitBreakDuration"/>.</summary>
    public int CircuitFailures { get; init; } = 6;

    /// <summary>How long an open circuit stays open.</summary>
    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest feed or sitemap read.</summary>
    public long MaxFeedBytes { get; init; } = 10L << 20;

    /// <summary>The largest article page read.</summary>
    public long MaxPageBytes { get; init; } = 5L << 20;

    /// <summary>Redirects followed per request; a loop is stopped at once.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>New articles fetched per feed per cycle (the rest wait for the next cycle).</summary>
    public int MaxItemsPerFeed { get; init; } = 200;

    /// <summary>Sitemap entries without news:news markup are taken only if their lastmod is this recent.</summary>
    public TimeSpan SitemapMaxAge { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Child sitemaps read from one sitemap index.</summary>
    public int MaxChildSitemaps { get; init; } = 20;

    /// <summary>Attempts at an article that keeps failing before it is given up.</summary>
    public int MaxItemAttempts { get; init; } = 3;

    /// <summary>Wait before an article that failed is tried again (in a later cycle).</summary>
    public TimeSpan ItemRetryDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>An article claimed by a watcher that then died is claimable again after this long.</summary>
    public TimeSpan ClaimTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Feeds polled at once (requests to one host still take turns).</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>How long robots.txt answers are kept.</summary>
    public TimeSpan RobotsCacheTime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Main-content extractor for article pages.</summary>
    public HtmlExtractor HtmlExtractor { get; init; } = HtmlExtractor.Marsad;
}
