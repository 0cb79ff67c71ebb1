using AngleSharp.Dom;

namespace Marsad.Sources.Html;

/// <summary>
/// Marsad's main-content extractor on AngleSharp. First an element the page marks as the article body
/// (<c>itemprop=articleBody</c>, classes like <c>article-body</c>, <c>entry-content</c>); failing that, the element
/// that collects the most paragraph text (Readability's idea: paragraphs vote for their parents, link-heavy and
/// sidebar-like containers lose). Inside it, share bars, related-article lists, tag clouds and link lists are left out.
/// </summary>
internal static partial class MainContent
{
    private const int MinimumBodyChars = 200;

    public static List<HtmlLine> Extract(IDocument page, HtmlMetadata meta)
    {
        var body = page.Body;
        if (body is null)
            return [];
        var roots = MarkedBody(body) is { } marked ? [marked] : BestByScore(body);
        if (Lead(roots[0]) is { } lead)
            roots.Insert(0, lead);
        var lines = new List<HtmlLine>();
        foreach (var root in roots)
            lines.AddRange(HtmlLines.From(root, Noise(root)));
        var kept = Filter(lines, meta.Title);
        if (kept.Sum(l => l.Text.Length) < MinimumBodyChars && meta.ArticleBody is { Length: > MinimumBodyChars } ld)
            kept = [.. (HtmlFragment.LooksLikeHtml(ld) ? HtmlFragment.ToLines(ld) : [.. ld.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])
                .Select(t => new HtmlLine(t, "p", 0))];
        return kept;
    }

    /// <summary>Drops the headline repeated in the body and lines that are mostly links (menus, tag lists) — but keeps "read also" teasers for the text extractor.</summary>
    public static List<HtmlLine> Filter(IEnumerable<HtmlLine> lines, string? title)
    {
        var kept = new List<HtmlLine>();
        foreach (var line in lines)
        {
            if (title is not null && SameText(line.Text, title))
                continue;
            if (line.LinkDensity > 0.5 && !IsTeaser(line.Text))
                continue;
            // photo credits ("© REUTERS / ...") under images inside the body
            if (line.Text.StartsWith('©') && line.Text.Length <= 80)
                continue;
            kept.Add(line);
        }
        return kept;
    }

    private static bool IsTeaser(string text) =>
        text.StartsWith("اقرأ", StringComparison.Ordinal) || text.StartsWith("إقرأ", StringComparison.Ordinal) || text.StartsWith("اقرا", StringComparison.Ordinal)
        || text.StartsWith("انظر", StringComparison.Ordinal) || text.StartsWith("شاهد", StringComparison.Ordinal) || text.StartsWith("طالع", StringComparison.Ordinal);

    private static bool SameText(string a, string b)
    {
        static string Key(string s) => string.Concat(s.Where(char.IsLetterOrDigit));
        return string.Equals(Key(a), Key(b), StringComparison.Ordinal);
    }

    /// <summary>
    /// The article's lead when the page keeps it outside the body element (a preceding "lead"/"summary" block, or
    /// itemprop=description): it is the first paragraph of the article.
    /// </summary>
    private static IElement? Lead(IElement root)
    {
        var sibling = root.PreviousElementSibling;
        for (var i = 0; i < 3 && sibling is not null; i++, sibling = sibling.PreviousElementSibling)
        {
            var names = ClassAndId(sibling);
            var marked = string.Equals(sibling.GetAttribute("itemprop"), "description", StringComparison.OrdinalIgnoreCase)
                || LeadMarkers.Any(m => names.Contains(m, StringComparison.Ordinal));
            var text = HtmlMetadata.Clean(sibling.TextContent);
            if (marked && text is { Length: >= 40 } && LinkDensity(sibling) < 0.3 && !HtmlLines.IsSkipped(sibling))
                return sibling;
        }
        return null;
    }

    private static readonly string[] LeadMarkers = ["lead", "intro", "summary", "excerpt", "standfirst", "chapo", "sapo", "abstract"];

    private static IElement? MarkedBody(IElement body)
    {
        IElement? best = null;
        var bestChars = 0;
        foreach (var e in body.QuerySelectorAll("*"))
        {
            if (!IsMarkedBody(e) || HtmlLines.IsSkipped(e))
                continue;
            var chars = ParagraphChars(e);
            // nested markers: the inner one wins when it holds nearly all the text of the outer one
            if (chars > bestChars * 1.1 || (best is not null && best.Contains(e) && chars >= bestChars * 0.9))
            {
                best = e;
                bestChars = chars;
            }
        }
        return bestChars >= MinimumBodyChars ? best : null;
    }

    private static bool IsMarkedBody(IElement e)
    {
        if (e.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            return true;
        var names = ClassAndId(e);
        return names.Length > 0 && BodyMarkers.Any(m => names.Contains(m, StringComparison.Ordinal));
    }

    /// <summary>Text in lines that are not mostly links, as a measure of article text.</summary>
    private static int ParagraphChars(IElement e) =>
        HtmlLines.From(e).Where(l => l.LinkDensity < 0.5 && l.Text.Length >= 25).Sum(l => l.Text.Length);

    /// <summary>The class and id of <paramref name="e"/>, lower-cased, hyphens and underscores removed.</summary>
    public static string ClassAndId(IElement e)
    {
        var raw = (e.GetAttribute("class") + " " + e.Id).ToLowerInvariant();
        return raw.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
    }

    private static readonly string[] BodyMarkers =
    [
        "articlebody", "articlecontent", "articletext", "articledetails", "entrycontent", "postcontent", "postbody", "storybody",
        "storycontent", "newsbody", "newscontent", "newsdetails", "newstext", "fieldnamebody", "fieldbody", "textbody", "bodytext",
        "contentbody", "detailbody", "detailsbody", "detailscontent", "singlecontent", "maintext", "articledetail", "itemfulltext",
        "contenttext", "articlecopy",
    ];
}
