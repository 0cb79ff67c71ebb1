using System.Text;
using Microsoft.AspNetCore.Html;

namespace Marsad.Web.Rendering;

/// <summary>Text with some ranges marked: every piece HTML-encoded, <c>&lt;mark&gt;</c> built here, never taken from the text.</summary>
internal static class Highlighter
{
    public static IHtmlContent Mark(string? text, IEnumerable<(int Start, int End)> spans)
    {
        if (string.IsNullOrEmpty(text))
            return HtmlString.Empty;
        var sb = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var (start, end) in spans.Where(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End).OrderBy(s => s.Start))
        {
            if (start < at)
                continue;
            sb.Append(PageText.Encode(text[at..start])).Append("<mark>").Append(PageText.Encode(text[start..end])).Append("</mark>");
            at = end;
        }
        sb.Append(PageText.Encode(text[at..]));
        return new HtmlString(sb.ToString());
    }
}
