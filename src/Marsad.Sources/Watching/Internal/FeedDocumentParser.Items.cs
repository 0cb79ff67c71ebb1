using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Marsad.Sources.Formats;
using Marsad.Sources.Html;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Watching.Internal;

internal static partial class FeedDocumentParser
{
    /// <summary>
    /// An RSS or Atom feed, read by <see cref="FeedFormat"/>: each item's link (or URL guid), guid, title, date and text.
    /// A feed the reader cannot take at all is an error with no entries (its XML is broken, or it is not a feed).
    /// </summary>
    private static FeedDocument ReadFeed(string xml, ParseState state)
    {
        var skipped = 0;
        var context = new ReadContext(DocumentReaderOptions.Default, _ => skipped++, CancellationToken.None);
        try
        {
            foreach (var item in FeedFormat.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), state.BaseUrl.AbsoluteUri, context))
            {
                state.Title ??= item.Source;
                if (state.Resolve(item.Url) is not { } url)
                    continue;
                state.Entries.Add(new FeedEntry(url, item.Id, item.Title, item.Published, string.IsNullOrWhiteSpace(item.Content) ? null : item.Content));
            }
        }
        catch (InputException e)
        {
            return new FeedDocument(state.Kind!, state.Title, state.Entries, [], e.Problem);
        }
        return new FeedDocument(state.Kind!, state.Title, state.Entries, [], null);
    }

    /// <summary>
    /// A sitemap &lt;url&gt;: taken when it carries news:news markup (a news sitemap lists only recent articles), or
    /// when its lastmod is recent — an archive sitemap of old pages is not news.
    /// </summary>
    private static void ReadSitemapUrl(XmlReader reader, ParseState state)
    {
        string? loc = null, lastmod = null, title = null, published = null;
        var news = false;
        foreach (var e in Children(reader))
        {
            switch (e.Name.LocalName)
            {
                case "loc":
                    loc ??= e.Value;
                    break;
                case "lastmod":
                    lastmod ??= e.Value;
                    break;
                case "news" when e.Name.NamespaceName == NewsNamespace:
                    news = true;
                    title ??= e.Descendants(XName.Get("title", NewsNamespace)).FirstOrDefault()?.Value;
                    published ??= e.Descendants(XName.Get("publication_date", NewsNamespace)).FirstOrDefault()?.Value;
                    break;
                default:
                    break;
            }
        }
        if (state.Resolve(loc) is not { } url)
            return;
        var recent = lastmod is not null && DateTimeOffset.TryParse(lastmod.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified)
            && modified >= state.Oldest;
        if (news || recent)
            state.Entries.Add(new FeedEntry(url, null, Plain(title), Date(published), null));
    }

    private static void ReadChildSitemap(XmlReader reader, ParseState state)
    {
        foreach (var e in Children(reader))
        {
            if (e.Name.LocalName == "loc" && state.Resolve(e.Value) is { } url)
                state.Sitemaps.Add(url);
        }
    }

    /// <summary>The child elements of the element <paramref name="reader"/> is on, each read whole; the reader ends past it.</summary>
    private static List<XElement> Children(XmlReader reader)
    {
        using var subtree = reader.ReadSubtree();
        subtree.MoveToContent();
        return XElement.Load(subtree).Elements().ToList();
    }

    private static string? Date(string? text) => PublishedDate.Normalize(text) ?? HtmlMetadata.Clean(text);

    private static string? Plain(string? text) => string.IsNullOrWhiteSpace(text) ? null : HtmlFragment.ToPlainText(text).Trim();
}
