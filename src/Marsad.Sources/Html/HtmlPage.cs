using AngleSharp.Html.Parser;
using Marsad.Extraction;

namespace Marsad.Sources.Html;

/// <summary>
/// An HTML page as a <see cref="RawDocument"/>: the main text as plain lines (one paragraph per line, headings as
/// their own lines, so the text extractor can find datelines and boilerplate in it) and the page's metadata in the
/// document's fields. No markup is kept.
/// </summary>
internal static class HtmlPage
{
    public static RawDocument ToDocument(string html, string origin, string? url, HtmlExtractor extractor) =>
        Read(html, origin, url, extractor).Document;

    /// <summary>
    /// The document, and whether the page is an article rather than a home, section or tag page: it says so in its
    /// metadata, or its main text has real prose (150+ characters in sentences of 40+, mostly not links).
    /// A crawl holds many pages of the other kind; they are skipped there.
    /// </summary>
    public static (RawDocument Document, bool IsArticle) Read(string html, string origin, string? url, HtmlExtractor extractor)
    {
        var page = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var meta = HtmlMetadata.Read(page, url);
        List<HtmlLine> lines;
        string? title = meta.Title, published = meta.Published, author = meta.Author;
        if (extractor == HtmlExtractor.SmartReader)
        {
            var smart = SmartReaderContent.Extract(html, url ?? meta.Url);
            title = smart.Title ?? title;
            published = smart.Published ?? published;
            author = smart.Author ?? author;
            lines = MainContent.Filter(smart.Lines, title);
        }
        else
        {
            lines = MainContent.Extract(page, meta);
        }
        var prose = lines.Where(l => l.LinkDensity < 0.3 && !l.IsHeading && l.Text.Length >= 40).Sum(l => l.Text.Length);
        var isArticle = meta.DeclaresArticle || prose >= 150;
        return (new RawDocument
        {
            Content = string.Join('\n', lines.Select(l => l.Text)),
            Format = DocumentFormat.Text,
            Title = Plain(title),
            Url = url ?? meta.Url,
            Source = meta.SiteName,
            Author = Plain(author),
            Published = published,
            Section = Plain(meta.Section),
            Description = Plain(meta.Description),
            Keywords = [.. meta.Keywords.Select(k => Plain(k)!)],
            Language = meta.Language,
            Origin = origin,
        }, isArticle);
    }

    // metadata values sometimes carry markup of their own ("<b>عاجل</b> ..." in a title); no markup leaves the reader
    private static string? Plain(string? value) =>
        value is not null && value.Contains('<', StringComparison.Ordinal) ? HtmlFragment.ToPlainText(value) : value;
}
