using AngleSharp.Dom;

namespace Marsad.Sources.Html;

/// <content>The headline: structured titles first, then an &lt;h1&gt; the &lt;title&gt; confirms, then the &lt;title&gt; without the site name.</content>
internal sealed partial record HtmlMetadata
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " ـ "];

    private static string? TitleOf(IDocument page, MetaTags meta, JsonLdArticle? ld, string? siteName, string? url)
    {
        var documentTitle = Clean(page.Title);
        foreach (var structured in (string?[])[meta.Get("og:title"), meta.Get("twitter:title"), ld?.Headline])
        {
            var t = Clean(structured);
            if (t is not null && !SameText(t, siteName))
                return StripSiteName(t, siteName, url, aggressive: false);
        }
        if (documentTitle is not null)
        {
            foreach (var h1 in page.QuerySelectorAll("h1"))
            {
                var heading = Clean(h1.TextContent);
                if (heading is { Length: > 10 } && documentTitle.Contains(heading, StringComparison.Ordinal))
                    return heading;
            }
            return StripSiteName(documentTitle, siteName, url, aggressive: true);
        }
        return Clean(page.QuerySelector("h1")?.TextContent);
    }

    /// <summary>
    /// Drops leading/trailing title segments that name the site ("… - البيان", "بوابة أخبار اليوم | …"). With
    /// <paramref name="aggressive"/> (the &lt;title&gt;, which sites decorate with section names too) short trailing
    /// segments go as well while the first segment is a sentence of its own.
    /// </summary>
    private static string StripSiteName(string title, string? siteName, string? url, bool aggressive)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Host.Length > 0 && u.Scheme.StartsWith("http", StringComparison.Ordinal) ? u.Host : null;
        var parts = Split(title);
        while (parts.Count > 1)
        {
            var last = parts[^1];
            var first = parts[0];
            if (IsSiteName(last, siteName, host) || (aggressive && Words(last) <= 4 && Words(first) >= 3))
                parts.RemoveAt(parts.Count - 1);
            else if (IsSiteName(first, siteName, host))
                parts.RemoveAt(0);
            else
                break;
        }
        return string.Concat(parts.Select((p, i) => i == 0 ? p.Text : p.Separator + p.Text)).Trim();
    }

    private static bool IsSiteName(TitlePart part, string? siteName, string? host) =>
        (siteName is not null && SiteNames.Similar(part.Text, siteName)) || (host is not null && SiteNames.Similar(part.Text, host))
        || part.Text.Contains("www.", StringComparison.OrdinalIgnoreCase) || part.Text.EndsWith(".com", StringComparison.OrdinalIgnoreCase);

    private static int Words(TitlePart p) => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed record TitlePart(string Separator, string Text);

    private static List<TitlePart> Split(string title)
    {
        var parts = new List<TitlePart>();
        var separator = "";
        var start = 0;
        for (var i = 0; i < title.Length; i++)
        {
            foreach (var s in TitleSeparators)
            {
                if (string.CompareOrdinal(title, i, s, 0, s.Length) != 0)
                    continue;
                parts.Add(new TitlePart(separator, title[start..i].Trim()));
                separator = s;
                start = i + s.Length;
                i = start - 1;
                break;
            }
        }
        parts.Add(new TitlePart(separator, title[start..].Trim()));
        return [.. parts.Where(p => p.Text.Length > 0)];
    }
}
