using AngleSharp.Dom;

namespace Marsad.Sources.Html;

/// <content>Readability-style scoring, for pages that do not mark their article body.</content>
internal static partial class MainContent
{
    private static readonly string[] Positive = ["article", "body", "content", "entry", "main", "story", "text", "post", "news", "detail", "blog"];

    private static readonly string[] Negative =
    [
        "comment", "footer", "sidebar", "side", "related", "share", "social", "widget", "menu", "nav", "banner", "advert", "ads",
        "promo", "tags", "breadcrumb", "mostread", "popular", "newsletter", "subscribe", "header", "masthead", "sponsor", "outbrain",
        "taboola", "recommend", "more", "trending", "latest", "footnote", "caption", "author", "meta", "date", "print", "rating",
    ];

    private static List<IElement> BestByScore(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var e in body.QuerySelectorAll("p, pre, td, blockquote, div, li, section"))
        {
            if (e.LocalName is "div" or "li" or "td" or "section" && e.Children.Any(HtmlLines.IsBlock))
                continue;
            if (IsInsideSkipped(e, body))
                continue;
            var text = HtmlMetadata.Clean(e.TextContent) ?? "";
            if (text.Length < 25)
                continue;
            var score = 1 + text.Count(c => c is ',' or '،') + Math.Min(text.Length / 100.0, 3);
            var ancestor = e.ParentElement;
            for (var level = 1; level <= 3 && ancestor is not null && ancestor != body.ParentElement; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                    scores[ancestor] = InitialScore(ancestor);
                scores[ancestor] += score / (level == 1 ? 1 : level == 2 ? 2 : level * 3);
            }
        }
        if (scores.Count == 0)
            return [body];
        var ranked = scores.Select(kv => (Element: kv.Key, Score: kv.Value * (1 - LinkDensity(kv.Key)))).ToDictionary(x => x.Element, x => x.Score);
        var top = ranked.MaxBy(kv => kv.Value).Key;
        var threshold = Math.Max(10, ranked[top] * 0.2);
        var parent = top.ParentElement;
        if (parent is null)
            return [top];
        // siblings that score well, or hold plain paragraphs, belong to the article too (split bodies, inline ads between)
        return [.. parent.Children.Where(s => s == top || (ranked.TryGetValue(s, out var sc) && sc >= threshold && !IsNegative(s))
            || (s.LocalName == "p" && LinkDensity(s) < 0.25 && (HtmlMetadata.Clean(s.TextContent)?.Length ?? 0) > 80))];
    }

    private static double InitialScore(IElement e)
    {
        var score = e.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(e);
    }

    private static double ClassWeight(IElement e)
    {
        var names = ClassAndId(e);
        if (names.Length == 0)
            return 0;
        var weight = 0.0;
        if (Negative.Any(n => names.Contains(n, StringComparison.Ordinal)))
            weight -= 25;
        if (Positive.Any(p => names.Contains(p, StringComparison.Ordinal)))
            weight += 25;
        return weight;
    }

    private static bool IsNegative(IElement e)
    {
        var names = ClassAndId(e);
        return names.Length > 0 && Negative.Any(n => names.Contains(n, StringComparison.Ordinal)) && !BodyMarkers.Any(m => names.Contains(m, StringComparison.Ordinal));
    }

    private static double LinkDensity(IElement e)
    {
        var total = e.TextContent.Length;
        if (total == 0)
            return 0;
        var links = e.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, links / (double)total);
    }

    private static bool IsInsideSkipped(IElement e, IElement stop)
    {
        for (var a = e; a is not null && a != stop; a = a.ParentElement)
        {
            if (HtmlLines.IsSkipped(a) || a.LocalName is "nav" or "footer" or "aside" or "header")
                return true;
        }
        return false;
    }

    /// <summary>Elements inside the article root to leave out: share bars, related lists, tags, comments, navigation.</summary>
    private static HashSet<IElement> Noise(IElement root)
    {
        var noise = new HashSet<IElement>();
        var rootChars = Math.Max(root.TextContent.Length, 1);
        foreach (var e in root.QuerySelectorAll("*"))
        {
            if (e.LocalName is "nav" or "aside" or "footer" || (e.LocalName is "form" && LinkDensity(e) > 0.3))
            {
                noise.Add(e);
                continue;
            }
            // a negative class on a small part of the root; never on something holding most of the article
            if (IsNegative(e) && e.TextContent.Length < rootChars * 0.4)
                noise.Add(e);
        }
        return noise;
    }
}
