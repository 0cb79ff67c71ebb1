using AngleSharp.Dom;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Html;

/// <summary>
/// What a news page says about itself, from JSON-LD (NewsArticle and kin), OpenGraph and article:* meta tags, plain
/// &lt;meta&gt; names, &lt;time&gt; elements and the &lt;title&gt; (with the site name stripped). Structured sources
/// come first: they are written for machines and rarely carry the site's decorations.
/// </summary>
internal sealed partial record HtmlMetadata
{
    public string? Title { get; init; }

    /// <summary>Publication time, ISO 8601 (see <see cref="PublishedDate"/>).</summary>
    public string? Published { get; init; }

    public string? Section { get; init; }

    public string? Author { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? Language { get; init; }

    public string? Url { get; init; }

    public string? SiteName { get; init; }

    /// <summary>The JSON-LD articleBody, if the page gives one (a fallback when the DOM holds no article text).</summary>
    public string? ArticleBody { get; init; }

    /// <summary>Reads the metadata of <paramref name="page"/>; <paramref name="knownUrl"/> is where it was fetched from, if known.</summary>
    /// <summary>True when the page says it is an article (og:type article, a schema.org article in JSON-LD).</summary>
    public bool DeclaresArticle { get; init; }

    public static HtmlMetadata Read(IDocument page, string? knownUrl)
    {
        var meta = MetaTags.Read(page);
        var ld = JsonLdArticle.Read(page);
        var siteName = First(meta.Get("og:site_name"), ld?.Publisher, meta.Get("application-name"));
        var title = TitleOf(page, meta, ld, siteName, knownUrl ?? meta.Get("og:url"));
        return new HtmlMetadata
        {
            Title = title,
            Published = PublishedOf(page, meta, ld),
            Section = First(meta.Get("article:section"), ld?.Section, meta.Get("section"), meta.Get("category")),
            Author = AuthorOf(meta, ld, siteName),
            Description = DescriptionOf(meta, ld, title, siteName),
            Keywords = KeywordsOf(meta, ld),
            Language = LanguageOf(page, meta, ld),
            Url = First(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { } c && c.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? c : null,
                meta.Get("og:url"), ld?.Url),
            SiteName = siteName,
            ArticleBody = ld?.ArticleBody,
            DeclaresArticle = ld is not null || (meta.Get("og:type")?.Contains("article", StringComparison.OrdinalIgnoreCase) ?? false),
        };
    }

    /// <summary>Splits a keywords value on the commas Arabic and Latin text use.</summary>
    public static IReadOnlyList<string> SplitKeywords(string? value) =>
        value is null ? [] : [.. value.Split([',', '،', ';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    private static string? First(params string?[] values)
    {
        foreach (var v in values)
        {
            var clean = Clean(v);
            if (!string.IsNullOrEmpty(clean))
                return clean;
        }
        return null;
    }

    /// <summary>Trims, drops NBSP and collapses whitespace (meta values often end in &amp;#160;).</summary>
    public static string? Clean(string? value)
    {
        if (value is null)
            return null;
        var collapsed = string.Join(' ', value.Replace('\u00A0', ' ').Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static string? PublishedOf(IDocument page, MetaTags meta, JsonLdArticle? ld)
    {
        string?[] candidates =
        [
            ld?.DatePublished, meta.Get("article:published_time"), meta.Get("og:published_time"), meta.Get("datePublished"),
            meta.Get("pubdate"), meta.Get("publishdate"), meta.Get("publish-date"), meta.Get("date"), meta.Get("dc.date.issued"),
            meta.Get("dc.date"), meta.Get("sailthru.date"), meta.Get("parsely-pub-date"), meta.Get("article.published"),
            page.QuerySelector("[itemprop=datePublished]") is { } ip ? ip.GetAttribute("datetime") ?? ip.GetAttribute("content") ?? ip.TextContent : null,
            page.QuerySelector("time[pubdate]")?.GetAttribute("datetime"),
            page.QuerySelector("article time[datetime]")?.GetAttribute("datetime"),
            page.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            ld?.DateCreated, meta.Get("article:modified_time"), ld?.DateModified,
        ];
        foreach (var c in candidates)
        {
            if (PublishedDate.Normalize(c) is { } iso)
                return iso;
        }
        return null;
    }

    private static string? AuthorOf(MetaTags meta, JsonLdArticle? ld, string? siteName)
    {
        foreach (var candidate in (string?[])[ld?.Author, meta.Get("article:author"), meta.Get("author"), meta.Get("byl"), meta.Get("dc.creator")])
        {
            var a = Clean(candidate);
            // article:author is often a profile URL, and some sites put their own name in author
            if (a is null || a.StartsWith("http", StringComparison.OrdinalIgnoreCase) || SameText(a, siteName))
                continue;
            return a;
        }
        return null;
    }

    private static string? DescriptionOf(MetaTags meta, JsonLdArticle? ld, string? title, string? siteName)
    {
        foreach (var candidate in (string?[])[meta.Get("og:description"), meta.Get("description"), ld?.Description, meta.Get("twitter:description")])
        {
            var d = Clean(candidate);
            if (d is null || SameText(d, title) || SameText(d, siteName) || (siteName is not null && SiteNames.Similar(d, siteName)))
                continue;
            return d;
        }
        return null;
    }

    private static IReadOnlyList<string> KeywordsOf(MetaTags meta, JsonLdArticle? ld)
    {
        var tags = meta.GetAll("article:tag").SelectMany(SplitKeywords).ToList();
        if (tags.Count > 0)
            return [.. tags.Distinct(StringComparer.Ordinal)];
        return SplitKeywords(First(meta.Get("news_keywords"), meta.Get("keywords"), ld?.Keywords));
    }

    private static string? LanguageOf(IDocument page, MetaTags meta, JsonLdArticle? ld)
    {
        var raw = First(page.DocumentElement?.GetAttribute("lang"), ld?.Language, meta.Get("og:locale"), meta.Get("content-language"), meta.Get("language"));
        if (raw is null || raw.Length < 2 || !char.IsAsciiLetter(raw[0]) || !char.IsAsciiLetter(raw[1]))
            return null;
        return raw[..2].ToLowerInvariant();
    }

    private static bool SameText(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
