using System.Text;
using Microsoft.AspNetCore.Html;

namespace Marsad.Web.Rendering;

/// <summary>
/// The body of an article as HTML, built from offsets: paragraphs, entity mentions as links to their entity page (a
/// colour per type), quotations marked with their speaker. The article's text is never taken as markup: every piece
/// between two offsets is HTML-encoded, and every tag is written here. Spans out of range, empty, overlapping an
/// earlier span or crossing a quote's edge are left unmarked rather than breaking the nesting.
/// </summary>
internal static class ArticleMarkup
{
    public static IHtmlContent Body(Article article)
    {
        var text = article.Text ?? "";
        var quotes = Disjoint(article.Quotes.Select(q => (q.Start, q.End, Item: q)), text.Length);
        var entities = Disjoint(article.Entities.Select(e => (e.Start, e.End, Item: e)), text.Length)
            .Where(e => !quotes.Any(q => e.Start < q.End && e.End > q.Start && (e.Start < q.Start || e.End > q.End))).ToList();
        var sb = new StringBuilder(text.Length * 2);
        foreach (var (ps, pe) in Paragraphs(text))
        {
            sb.Append("<p>");
            var at = ps;
            foreach (var q in quotes.Where(q => q.Start < pe && q.End > ps))
            {
                var qs = Math.Max(q.Start, ps);
                var qe = Math.Min(q.End, pe);
                Write(sb, text, at, qs, entities);
                sb.Append("<span class=\"quote\" title=\"").Append(PageText.Encode(QuoteTitle(q.Item))).Append("\">");
                if (qs == q.Start)
                    Speaker(sb, q.Item);
                Write(sb, text, qs, qe, entities);
                sb.Append("</span>");
                at = qe;
            }
            Write(sb, text, at, pe, entities);
            sb.Append("</p>\n");
        }
        return new HtmlString(sb.ToString());
    }

    /// <summary>The speaker label in front of a quotation: the name (a link to the person) and the outlet it came through.</summary>
    private static void Speaker(StringBuilder sb, Quotation q)
    {
        var name = q.SpeakerCanonical ?? q.Speaker;
        if (string.IsNullOrWhiteSpace(name))
            return;
        sb.Append("<a class=\"quote-speaker\" href=\"").Append(PageText.Encode(Links.Entity(name))).Append("\">")
            .Append(PageText.Encode(name));
        if (!string.IsNullOrWhiteSpace(q.Via))
            sb.Append(" · عبر ").Append(PageText.Encode(q.Via));
        sb.Append("</a>");
    }

    private static string QuoteTitle(Quotation q)
    {
        var who = q.SpeakerCanonical ?? q.Speaker ?? "متحدث غير محدد";
        var how = q.Direct ? "اقتباس مباشر" : "كلام منقول";
        return q.Via is { Length: > 0 } via ? $"{who} — {how} عبر {via}" : $"{who} — {how}";
    }

    /// <summary>Writes text[from..to) with the entity mentions wholly inside it as links.</summary>
    private static void Write(StringBuilder sb, string text, int from, int to, List<(int Start, int End, EntityMention Item)> entities)
    {
        var at = from;
        foreach (var e in entities)
        {
            if (e.Start < at || e.End > to)
                continue;
            sb.Append(PageText.Encode(text[at..e.Start]));
            var m = e.Item;
            var name = m.Canonical ?? m.Text;
            var title = m.Latin is { Length: > 0 } latin ? $"{name} · {latin} · {Labels.EntityType(m.Type)}" : $"{name} · {Labels.EntityType(m.Type)}";
            sb.Append("<a class=\"ent t-").Append(TypeClass(m.Type)).Append("\" href=\"").Append(PageText.Encode(Links.Entity(name)))
                .Append("\" title=\"").Append(PageText.Encode(title)).Append("\">")
                .Append(PageText.Encode(text[e.Start..e.End])).Append("</a>");
            at = e.End;
        }
        if (at < to)
            sb.Append(PageText.Encode(text[at..to]));
    }

    /// <summary>The CSS class suffix of an entity type (only the four known types; anything else is MISC).</summary>
    public static string TypeClass(string? type) => type is "PER" or "LOC" or "ORG" ? type : "MISC";

    /// <summary>The spans in order, without those out of range, empty or overlapping an earlier one.</summary>
    private static List<(int Start, int End, T Item)> Disjoint<T>(IEnumerable<(int Start, int End, T Item)> spans, int length)
    {
        var result = new List<(int, int, T)>();
        var end = 0;
        foreach (var s in spans.Where(s => s.Start >= 0 && s.End <= length && s.Start < s.End).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (s.Start < end)
                continue;
            result.Add(s);
            end = s.End;
        }
        return result;
    }

    /// <summary>Paragraph ranges: the text split on blank lines (INTERFACES.md joins paragraphs with "\n\n").</summary>
    private static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var next = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = next < 0 ? text.Length : next;
            if (end > start)
                yield return (start, end);
            start = next < 0 ? text.Length : next + 2;
        }
    }
}
