using System.Xml;
using Marsad.Sources.Encodings;
using Marsad.Sources.Html;

namespace Marsad.Sources.Watching.Internal;

/// <summary>
/// Reads the article list of an RSS 2.0, RSS 1.0 (RDF), Atom, sitemap or sitemap-index document, in any declared or
/// sniffed encoding (Windows-1256 included). Feeds go through Marsad's feed reader (the one <c>ingest</c> uses);
/// sitemaps, which no reader takes, are streamed here with a forward-only XmlReader (no DTDs, no external entities),
/// so a sitemap that breaks half-way keeps the entries read before the break and says where it broke.
/// </summary>
internal static partial class FeedDocumentParser
{
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    public static FeedDocument Parse(byte[] body, string? contentType, Uri baseUrl, DateTimeOffset now, TimeSpan sitemapMaxAge)
    {
        var declared = CharsetSniffer.FromMarkup(body) ?? CharsetSniffer.FromContentType(contentType);
        var xml = Encodings.XmlDeclaration.RemoveEncoding(TextDecoder.Decode(body, declared));
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
            MaxCharactersFromEntities = 1024,
        };
        var state = new ParseState(baseUrl, now - sitemapMaxAge);
        string? error = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            Read(reader, state);
            if (state.Kind is "rss" or "atom" or "rdf")
                return ReadFeed(xml, state);
        }
        catch (XmlException e)
        {
            error = $"malformed XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message}";
        }
        return new FeedDocument(state.Kind ?? "unknown", state.Title, state.Entries, state.Sitemaps,
            error ?? (state.Kind is null ? "not an RSS, Atom or sitemap document" : null));
    }

    private static void Read(XmlReader reader, ParseState state)
    {
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (state.Kind is null)
            {
                state.Kind = reader.LocalName switch
                {
                    "rss" => "rss",
                    "feed" => "atom",
                    "RDF" => "rdf",
                    "urlset" => "sitemap",
                    "sitemapindex" => "sitemapindex",
                    _ => null,
                };
                if (state.Kind is null or "rss" or "atom" or "rdf")
                    return;
                continue;
            }
            switch (reader.LocalName)
            {
                case "url" when state.Kind == "sitemap":
                    ReadSitemapUrl(reader, state);
                    break;
                case "sitemap" when state.Kind == "sitemapindex":
                    ReadChildSitemap(reader, state);
                    break;
                default:
                    break;
            }
        }
    }

    private sealed class ParseState(Uri baseUrl, DateTimeOffset oldest)
    {
        public Uri BaseUrl { get; } = baseUrl;

        public DateTimeOffset Oldest { get; } = oldest;

        public string? Kind { get; set; }

        public string? Title { get; set; }

        public List<FeedEntry> Entries { get; } = [];

        public List<Uri> Sitemaps { get; } = [];

        /// <summary>An absolute http(s) URL from <paramref name="text"/>, resolved against the document's address.</summary>
        public Uri? Resolve(string? text)
        {
            if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(BaseUrl, text.Trim(), out var url))
                return null;
            return url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps ? url : null;
        }
    }
}
