using CodeHollow.FeedReader;
using Marsad.Extraction;
using Marsad.Sources.Encodings;
using Marsad.Sources.Html;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Formats;

/// <summary>
/// RSS 2.0, RSS 1.0/0.9x and Atom feeds, one document per item: title, link, pubDate/updated, author, category, and
/// the item's text from content:encoded (or Atom content) else its description, with the HTML in it turned into lines.
/// </summary>
/// <remarks>
/// CodeHollow.FeedReader rather than System.ServiceModel.Syndication: Syndication throws on the whole feed for one
/// date it cannot parse (Arabic feeds often write pubDate in local formats) and needs extension parsing for
/// content:encoded; FeedReader keeps the raw date string and exposes content:encoded directly.
/// </remarks>
internal static class FeedFormat
{
    // Atom gives <published> and <updated>; an entry with only <updated> is dated by it
    private static string? Published(FeedItem item)
    {
        var raw = item.PublishingDateString;
        if (string.IsNullOrWhiteSpace(raw) && item.SpecificItem is CodeHollow.FeedReader.Feeds.AtomFeedItem atom)
            raw = atom.UpdatedDateString;
        return PublishedDate.Normalize(raw) ?? HtmlMetadata.Clean(raw);
    }

    public static IEnumerable<RawDocument> Read(Stream stream, string name, ReadContext context)
    {
        Feed feed;
        using (stream)
        {
            var bytes = StreamBytes.ReadAll(stream, context.Options.MaxDocumentBytes, name);
            if (bytes.Length == 0)
                throw new InputException(name, "empty file");
            var xml = TextDecoder.Decode(bytes, CharsetSniffer.FromMarkup(bytes));
            // the XML parser rejects a declaration that names another encoding than the string's; the text is decoded already
            xml = XmlDeclaration.RemoveEncoding(xml);
            try
            {
                feed = FeedReader.ReadFromString(xml);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // FeedReader throws its own exception types too (FeedTypeNotSupportedException for a non-feed root)
                throw new InputException(name, "not a readable RSS/Atom feed: " + e.Message, e);
            }
        }
        if (feed.Type == FeedType.Unknown)
            throw new InputException(name, "not an RSS or Atom feed (unknown root element)");
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var body = item.Content is { Length: > 0 } content ? content : item.Description;
            var lines = body is null ? [] : HtmlFragment.LooksLikeHtml(body) ? HtmlFragment.ToLines(body) : [.. body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(HtmlFragment.ToPlainText)];
            var title = item.Title is null ? null : HtmlFragment.ToPlainText(item.Title);
            if (lines.Count == 0 && string.IsNullOrWhiteSpace(title))
            {
                context.Report($"{name}#{index}", "feed item without title or text; skipped");
                continue;
            }
            var description = item.Content is { Length: > 0 } && item.Description is { Length: > 0 } d ? HtmlFragment.ToPlainText(d) : null;
            yield return new RawDocument
            {
                Content = string.Join('\n', lines.Where(l => title is null || l != title)),
                Id = item.Id is { Length: > 0 } id && !id.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? id : null,
                Title = title,
                Url = item.Link is { Length: > 0 } link ? link.Trim() : (item.Id is { } guid && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid : null),
                Source = HtmlMetadata.Clean(feed.Title),
                Author = HtmlMetadata.Clean(item.Author),
                Published = Published(item),
                Section = item.Categories?.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim(),
                Description = description,
                Language = feed.Language is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null,
                Origin = $"{name}#{index}",
            };
        }
    }
}
