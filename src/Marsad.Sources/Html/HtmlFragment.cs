using AngleSharp.Html.Parser;

namespace Marsad.Sources.Html;

/// <summary>HTML inside other formats (RSS descriptions, JSON text fields) turned into text.</summary>
internal static class HtmlFragment
{
    /// <summary>True when <paramref name="text"/> carries markup (paragraph tags, line breaks, entities) rather than plain text.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var sample = text.Length > 4096 ? text.AsSpan(0, 4096) : text.AsSpan();
        foreach (var tag in (string[])["<p", "<br", "<div", "</a>", "<img", "<span", "<strong", "<h2", "<h3", "<ul", "<li", "<blockquote"])
        {
            if (sample.Contains(tag, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>The fragment's text, one paragraph per line, nothing of its markup.</summary>
    public static List<string> ToLines(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is null ? [] : [.. HtmlLines.From(document.Body).Select(l => l.Text)];
    }

    /// <summary>The fragment's text on one line (titles, summaries); plain text passes through with entities decoded.</summary>
    public static string ToPlainText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
            return html.Trim();
        return string.Join(' ', ToLines(html));
    }
}
