using Marsad.Extraction;
using Marsad.Sources.Watching.Internal;

namespace Marsad.Sources.Watching;

public sealed partial class FeedWatcher
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

    /// <summary>Documents handed to the sink at once.</summary>
    private const int SinkBatch = 50;

    private async Task PollAsync(WatchedFeed feed, Counts counts, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref counts.Feeds);
        var document = await ReadFeedAsync(feed.Url, counts, cancellationToken).ConfigureAwait(false);
        if (document is null)
            return;
        var entries = document.Entries.ToList();
        if (document.Kind == "sitemapindex")
        {
            foreach (var child in document.Sitemaps.Take(_options.MaxChildSitemaps))
            {
                if (await ReadFeedAsync(child, counts, cancellationToken).ConfigureAwait(false) is { } sitemap)
                    entries.AddRange(sitemap.Entries);
            }
        }
        var source = feed.Source ?? document.Title;
        var pending = new List<(FeedEntry Entry, RawDocument Document)>();
        var taken = 0;
        foreach (var entry in entries.DistinctBy(e => e.Url.AbsoluteUri))
        {
            if (taken >= _options.MaxItemsPerFeed)
                break;
            if (!await _state.TryClaimAsync(entry.Url, entry.Guid, feed.Url, _options.ClaimTimeout, cancellationToken).ConfigureAwait(false))
                continue;
            taken++;
            Interlocked.Increment(ref counts.NewItems);
            if (await FetchArticleAsync(entry, source, counts, cancellationToken).ConfigureAwait(false) is { } fetched)
                pending.Add((entry, fetched));
            if (pending.Count >= SinkBatch)
                await HandOnAsync(pending, counts, cancellationToken).ConfigureAwait(false);
        }
        await HandOnAsync(pending, counts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls one feed or sitemap (conditionally) and parses it; null when there is nothing to read.</summary>
    private async Task<FeedDocument?> ReadFeedAsync(Uri url, Counts counts, CancellationToken cancellationToken)
    {
        var validators = await _state.GetValidatorsAsync(url, cancellationToken).ConfigureAwait(false);
        var result = await _fetcher.GetAsync(url, _options.MaxFeedBytes, validators, FeedAccept, cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case FetchStatus.NotModified:
                Interlocked.Increment(ref counts.NotModified);
                await _state.SavePollAsync(url, 304, validators, null, cancellationToken).ConfigureAwait(false);
                return null;
            case FetchStatus.Ok:
                break;
            default:
                Interlocked.Increment(ref counts.FeedErrors);
                _log($"feed {url}: {result.Error}");
                await _state.SavePollAsync(url, result.HttpStatus, null, result.Error, cancellationToken).ConfigureAwait(false);
                return null;
        }
        var document = FeedDocumentParser.Parse(result.Body!, result.ContentType, result.Url, _time.GetUtcNow(), _options.SitemapMaxAge);
        if (document.Error is not null)
        {
            Interlocked.Increment(ref counts.FeedErrors);
            _log($"feed {url}: {document.Error}" + (document.Entries.Count > 0 ? $" ({document.Entries.Count} entries before the break are taken)" : ""));
        }
        // a broken document's validators are not kept: the next poll downloads it whole again
        await _state.SavePollAsync(url, result.HttpStatus, document.Error is null ? result.Validators : null, document.Error, cancellationToken).ConfigureAwait(false);
        return document;
    }

    /// <summary>Gives fetched documents to the sink, then records them as done (a crash in between fetches them again later).</summary>
    private async Task HandOnAsync(List<(FeedEntry Entry, RawDocument Document)> pending, Counts counts, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
            return;
        await _sink.AcceptAsync(pending.Select(p => p.Document).ToList(), cancellationToken).ConfigureAwait(false);
        await _state.CompleteAsync(pending.Select(p => p.Entry.Url).ToList(), cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref counts.Fetched, pending.Count);
        pending.Clear();
    }
}
