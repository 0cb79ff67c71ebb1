namespace Marsad.Sources.Watching.Internal;

/// <summary>How a fetch ended.</summary>
internal enum FetchStatus
{
    /// <summary>200: the body is here.</summary>
    Ok,

    /// <summary>304: unchanged since the validators sent.</summary>
    NotModified,

    /// <summary>404 or 410: gone for good.</summary>
    Gone,

    /// <summary>robots.txt does not allow it.</summary>
    Blocked,

    /// <summary>Will not work on a retry either: another 4xx, too large, a redirect loop, not a web page.</summary>
    Refused,

    /// <summary>Failed for now (5xx, timeouts, network, an open circuit): worth trying again later.</summary>
    Failed,

    /// <summary>3xx with a Location (only between <see cref="PoliteFetcher"/>'s hops).</summary>
    Redirect,
}

/// <summary>The outcome of <see cref="PoliteFetcher.GetAsync"/>.</summary>
internal sealed record FetchResult(FetchStatus Status, Uri Url, int? HttpStatus = null, byte[]? Body = null, string? ContentType = null,
    FeedValidators? Validators = null, string? Error = null, Uri? Location = null);

/// <summary>An HTTP answer worth retrying (5xx, 408, 429), with the server's Retry-After if it gave one.</summary>
internal sealed class TransientHttpException : Exception
{
    public TransientHttpException(int status, TimeSpan? retryAfter)
        : base($"HTTP {status}")
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    public TransientHttpException()
    {
    }

    public TransientHttpException(string message)
        : base(message)
    {
    }

    public TransientHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; }

    public TimeSpan? RetryAfter { get; }
}
