using System.Security.Cryptography;
using System.Text;
using Marsad.Extraction;
using Marsad.Sources.Encodings;
using Marsad.Sources.Html;
using Marsad.Sources.Internal;
using Marsad.Sources.Watching.Internal;

namespace Marsad.Sources.Watching;

public sealed partial class FeedWatcher
{
    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    /// <summary>
    /// Fetches one claimed article and turns it into a raw document; records a failure (to retry later, or for good)
    /// and returns null when it cannot.
    /// </summary>
    private async Task<RawDocument?> FetchArticleAsync(FeedEntry entry, string? source, Counts counts, CancellationToken cancellationToken)
    {
        var result = await _fetcher.GetAsync(entry.Url, _options.MaxPageBytes, null, PageAccept, cancellationToken).ConfigureAwait(false);
        string? problem;
        var permanent = true;
        switch (result.Status)
        {
            case FetchStatus.Ok:
                (var document, problem) = ToDocument(entry, result, source);
                if (document is not null)
                {
                    if (result.Url.AbsoluteUri != entry.Url.AbsoluteUri && await _state.TryClaimAsync(result.Url, null, entry.Url, _options.ClaimTimeout, cancellationToken).ConfigureAwait(false))
                        await _state.CompleteAsync([result.Url], cancellationToken).ConfigureAwait(false); // where it redirected to is seen too
                    return document;
                }
                break;
            case FetchStatus.Blocked:
                Interlocked.Increment(ref counts.Blocked);
                await _state.FailAsync(entry.Url, result.Error!, true, _time.GetUtcNow(), _options.MaxItemAttempts, cancellationToken).ConfigureAwait(false);
                return null;
            case FetchStatus.Failed:
                problem = result.Error;
                permanent = false;
                break;
            default:
                problem = result.Error;
                break;
        }
        Interlocked.Increment(ref counts.Failed);
        _log($"{entry.Url}: {problem}{(permanent ? " (given up)" : " (retried in a later cycle)")}");
        await _state.FailAsync(entry.Url, problem ?? "failed", permanent, _time.GetUtcNow() + _options.ItemRetryDelay, _options.MaxItemAttempts, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// The page as a raw document: decoded by its HTTP charset, its markup or its bytes (Windows-1256 included), main
    /// text and metadata extracted; the feed's headline and date fill what the page lacks, and a page without article
    /// text falls back to the feed's own text for the item.
    /// </summary>
    private (RawDocument? Document, string? Problem) ToDocument(FeedEntry entry, FetchResult result, string? source)
    {
        var body = result.Body!;
        var type = result.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not null && type is not ("text/html" or "application/xhtml+xml" or "text/plain" or "application/xml" or "text/xml"))
            return (null, $"not a web page ({type})");
        if (body.Length == 0 || FormatSniffer.LooksBinary(body.AsSpan(0, Math.Min(body.Length, 4096))))
            return (null, body.Length == 0 ? "empty page" : "binary data, not a web page");
        var html = TextDecoder.Decode(body, CharsetSniffer.FromContentType(result.ContentType) ?? CharsetSniffer.FromMarkup(body));
        var document = HtmlPage.ToDocument(html, result.Url.AbsoluteUri, result.Url.AbsoluteUri, _options.HtmlExtractor);
        if (document.Content.Length == 0)
        {
            if (string.IsNullOrWhiteSpace(entry.Summary))
                return (null, "no article text on the page");
            document = document with { Content = entry.Summary };
        }
        return (document with
        {
            Id = ArticleId(entry.Url),
            Title = document.Title ?? entry.Title,
            Published = document.Published ?? entry.Published,
            Source = source ?? document.Source,
        }, null);
    }

    /// <summary>A stable id from the article's address, so that a corrected page replaces its older version.</summary>
    internal static string ArticleId(Uri url) =>
        "web-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)).AsSpan(0, 10));
}
