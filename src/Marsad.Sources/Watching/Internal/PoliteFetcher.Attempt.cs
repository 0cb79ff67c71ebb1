using System.Net.Http.Headers;

namespace Marsad.Sources.Watching.Internal;

internal sealed partial class PoliteFetcher
{
    /// <summary>
    /// One request: waits for the host's turn (not counted in the time limit), then sends and reads within
    /// <see cref="WatchOptions.Timeout"/>, holding the host until the body is read or the attempt failed.
    /// Throws what is worth retrying; returns everything else.
    /// </summary>
    private async Task<FetchResult> AttemptAsync(Uri url, TimeSpan interval, long maxBytes, FeedValidators? validators, string accept, CancellationToken cancellationToken)
    {
        using var turn = await _throttle.WaitTurnAsync(url.GetLeftPart(UriPartial.Authority), interval, cancellationToken).ConfigureAwait(false);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(_options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            request.Headers.TryAddWithoutValidation("Accept-Language", "ar, en;q=0.5");
            if (validators?.ETag is { } etag)
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (validators?.LastModified is { } modified)
                request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status == 304)
                return new FetchResult(FetchStatus.NotModified, url, status, Validators: validators);
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var location = response.Headers.Location;
                return location is null
                    ? new FetchResult(FetchStatus.Refused, url, status, Error: $"HTTP {status} without a Location")
                    : new FetchResult(FetchStatus.Redirect, url, status, Location: location.IsAbsoluteUri ? location : new Uri(url, location));
            }
            if (status is 408 or 429 or >= 500)
                throw new TransientHttpException(status, RetryAfter(response.Headers.RetryAfter));
            if (status is 404 or 410)
                return new FetchResult(FetchStatus.Gone, url, status, Error: $"HTTP {status} (gone)");
            if (status is < 200 or >= 300)
                return new FetchResult(FetchStatus.Refused, url, status, Error: $"HTTP {status} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
                return TooLarge(url, status, maxBytes);
            var body = await ReadBoundedAsync(response.Content, maxBytes, attempt.Token).ConfigureAwait(false);
            if (body is null)
                return TooLarge(url, status, maxBytes);
            var etagHeader = response.Headers.ETag?.ToString();
            var lastModified = response.Content.Headers.LastModified?.ToString("R");
            return new FetchResult(FetchStatus.Ok, url, status, body, response.Content.Headers.ContentType?.ToString(),
                etagHeader is null && lastModified is null ? null : new FeedValidators(etagHeader, lastModified));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{url} took longer than {_options.Timeout.TotalSeconds:0.#} s");
        }
    }

    private static FetchResult TooLarge(Uri url, int status, long maxBytes) =>
        new(FetchStatus.Refused, url, status, Error: $"larger than {Size(maxBytes)}: not read");

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MB" : $"{bytes >> 10} KB";

    /// <summary>The body, or null when it runs past <paramref name="maxBytes"/> (reading stops there).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > maxBytes)
                return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta is { } delta ? delta
        : header?.Date is { } date ? date - DateTimeOffset.UtcNow
        : null;
}
