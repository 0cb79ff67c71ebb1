using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Marsad.Web.Rendering;

/// <summary>
/// Server-rendered SVG charts (no script, no inline styles: colours come from site.css classes, geometry from
/// attributes). Time runs right to left, as the page reads; text anchors follow the page's right-to-left direction
/// ("start" is a label's right edge). Every label is HTML-encoded.
/// </summary>
internal static class Charts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One bar per day (gaps filled with zero) — or per month when the range is long — each a link when <paramref name="link"/> is given.</summary>
    public static IHtmlContent Days(IReadOnlyList<(string Day, long Count)> counts, string label, Func<string, string, string>? link = null, int width = 720, int height = 150)
    {
        var bins = Binned(counts);
        if (bins.Count == 0)
            return HtmlString.Empty;
        const int top = 18, bottom = 22, side = 8;
        var max = Math.Max(1, bins.Max(b => b.Count));
        var step = (double)(width - (2 * side)) / bins.Count;
        var barWidth = Math.Max(1, step * 0.78);
        var plot = height - top - bottom;
        var sb = Open(width, height, label);
        sb.Append(Inv, $"<line class=\"grid-line\" x1=\"{side}\" x2=\"{width - side}\" y1=\"{top + plot}\" y2=\"{top + plot}\"/>");
        sb.Append(Inv, $"<text class=\"axis\" x=\"{width - side}\" y=\"12\" text-anchor=\"start\">{Labels.Count(max)}</text>");
        for (var i = 0; i < bins.Count; i++)
        {
            var b = bins[i];
            var h = b.Count == 0 ? 0 : Math.Max(2, plot * b.Count / (double)max);
            var x = width - side - ((i + 1) * step) + ((step - barWidth) / 2);
            var title = PageText.Encode($"{b.Label}: {Labels.Count(b.Count)}");
            var rect = string.Create(Inv, $"<rect class=\"bar\" x=\"{x:0.##}\" y=\"{top + plot - h:0.##}\" width=\"{barWidth:0.##}\" height=\"{Math.Max(h, 0):0.##}\" rx=\"1.5\"><title>{title}</title></rect>");
            if (link is not null && b.Count > 0)
                sb.Append("<a href=\"").Append(PageText.Encode(link(b.From, b.To))).Append("\">").Append(rect).Append("</a>");
            else
                sb.Append(rect);
        }
        // first, middle and last labels under the axis
        foreach (var i in new[] { 0, bins.Count / 2, bins.Count - 1 }.Distinct())
        {
            var x = width - side - ((i + 0.5) * step);
            var anchor = i == 0 ? "start" : i == bins.Count - 1 ? "end" : "middle";
            sb.Append(Inv, $"<text class=\"axis\" x=\"{x:0.##}\" y=\"{height - 5}\" text-anchor=\"{anchor}\">{PageText.Encode(bins[i].Short)}</text>");
        }
        return Close(sb);
    }

    /// <summary>Horizontal bars, one row per item: label (a link), bar, count.</summary>
    public static IHtmlContent Bars(IReadOnlyList<(string Label, long Value, string? Href, string? Class)> rows, string label, int width = 420)
    {
        if (rows.Count == 0)
            return HtmlString.Empty;
        const int rowHeight = 26, labelWidth = 150, countWidth = 52;
        var height = rows.Count * rowHeight + 4;
        var max = Math.Max(1, rows.Max(r => r.Value));
        var sb = Open(width, height, label);
        for (var i = 0; i < rows.Count; i++)
        {
            var (text, value, href, cls) = rows[i];
            var y = (i * rowHeight) + 4;
            var w = (width - labelWidth - countWidth) * value / (double)max;
            var name = PageText.Encode(Trim(text, 24));
            var labelSvg = string.Create(Inv, $"<text class=\"label\" x=\"{width}\" y=\"{y + 15}\" text-anchor=\"start\">{name}</text>");
            sb.Append(href is null ? labelSvg : $"<a href=\"{PageText.Encode(href)}\">{labelSvg}</a>");
            sb.Append(Inv, $"<rect class=\"{PageText.Encode(cls ?? "bar")}\" x=\"{width - labelWidth - w:0.##}\" y=\"{y + 4}\" width=\"{Math.Max(w, 1):0.##}\" height=\"14\" rx=\"3\"><title>{name}: {Labels.Count(value)}</title></rect>");
            sb.Append(Inv, $"<text class=\"value\" x=\"{width - labelWidth - w - 6:0.##}\" y=\"{y + 15}\" text-anchor=\"start\">{Labels.Count(value)}</text>");
        }
        return Close(sb);
    }

    /// <summary>
    /// Small multiples: one row per source with its daily counts over <paramref name="days"/> (a bar per day on a shared
    /// scale) and its total.
    /// </summary>
    public static IHtmlContent SourceVolume(IReadOnlyList<(string Source, string Day, long Count)> volume, IReadOnlyList<string> days, Func<string, string> link, int width = 720)
    {
        var sources = volume.GroupBy(v => v.Source, StringComparer.Ordinal)
            .Select(g => (Source: g.Key, Total: g.Sum(v => v.Count), ByDay: g.ToDictionary(v => v.Day, v => v.Count, StringComparer.Ordinal)))
            .OrderByDescending(s => s.Total).ThenBy(s => s.Source, StringComparer.Ordinal).Take(12).ToList();
        if (sources.Count == 0 || days.Count == 0)
            return HtmlString.Empty;
        const int rowHeight = 34, labelWidth = 130, totalWidth = 60, axis = 18;
        var height = (sources.Count * rowHeight) + axis;
        var max = Math.Max(1, sources.Max(s => s.ByDay.Values.DefaultIfEmpty(0).Max()));
        var plotWidth = width - labelWidth - totalWidth;
        var step = plotWidth / (double)days.Count;
        var sb = Open(width, height, "المقالات لكل مصدر في كل يوم");
        for (var r = 0; r < sources.Count; r++)
        {
            var s = sources[r];
            var y = r * rowHeight;
            var name = PageText.Encode(s.Source.Length == 0 ? "بلا مصدر" : Trim(s.Source, 18));
            sb.Append("<a href=\"").Append(PageText.Encode(link(s.Source))).Append("\">")
                .Append(Inv, $"<text class=\"label\" x=\"{width}\" y=\"{y + 21}\" text-anchor=\"start\">{name}</text></a>");
            sb.Append(Inv, $"<line class=\"grid-line\" x1=\"{totalWidth}\" x2=\"{width - labelWidth}\" y1=\"{y + rowHeight - 4}\" y2=\"{y + rowHeight - 4}\"/>");
            for (var d = 0; d < days.Count; d++)
            {
                var n = s.ByDay.GetValueOrDefault(days[d]);
                if (n == 0)
                    continue;
                var h = Math.Max(2, (rowHeight - 8) * n / (double)max);
                var x = width - labelWidth - ((d + 1) * step) + (step * 0.12);
                sb.Append(Inv, $"<rect class=\"spark\" x=\"{x:0.##}\" y=\"{y + rowHeight - 4 - h:0.##}\" width=\"{step * 0.76:0.##}\" height=\"{h:0.##}\"><title>{name} — {PageText.Encode(Labels.Day(days[d]))}: {Labels.Count(n)}</title></rect>");
            }
            sb.Append(Inv, $"<text class=\"value\" x=\"{totalWidth - 8}\" y=\"{y + 21}\" text-anchor=\"start\">{Labels.Count(s.Total)}</text>");
        }
        var last = height - 4;
        sb.Append(Inv, $"<text class=\"axis\" x=\"{width - labelWidth}\" y=\"{last}\" text-anchor=\"start\">{PageText.Encode(Labels.ShortDay(days[0]))}</text>");
        sb.Append(Inv, $"<text class=\"axis\" x=\"{totalWidth}\" y=\"{last}\" text-anchor=\"end\">{PageText.Encode(Labels.ShortDay(days[^1]))}</text>");
        return Close(sb);
    }

    /// <summary>
    /// A story's articles on a time axis (right to left, as the page reads), one row per outlet in order of first report:
    /// a dot per article (a link to it, its headline as the title); originals of copied reports ringed, copies hollow.
    /// </summary>
    public static IHtmlContent StoryTimeline(IReadOnlyList<(string Id, DateTimeOffset Time, string Headline, string Source, bool Original, bool Copy)> articles,
        string label, int width = 720)
    {
        if (articles.Count == 0)
            return HtmlString.Empty;
        var sources = articles.Select(a => a.Source).Distinct(StringComparer.Ordinal).Take(16).ToList();
        const int rowHeight = 28, labelWidth = 130, side = 14, axis = 20;
        var height = (sources.Count * rowHeight) + axis;
        var first = articles.Min(a => a.Time);
        var last = articles.Max(a => a.Time);
        var span = Math.Max(1, (last - first).TotalSeconds);
        var plotWidth = width - labelWidth - (2 * side);
        double X(DateTimeOffset t) => width - labelWidth - side - (plotWidth * (t - first).TotalSeconds / span);
        var sb = Open(width, height, label);
        for (var r = 0; r < sources.Count; r++)
        {
            var y = (r * rowHeight) + (rowHeight / 2);
            var name = PageText.Encode(Trim(sources[r], 18));
            sb.Append(Inv, $"<text class=\"label\" x=\"{width}\" y=\"{y + 4}\" text-anchor=\"start\">{name}</text>");
            sb.Append(Inv, $"<line class=\"grid-line\" x1=\"{side}\" x2=\"{width - labelWidth}\" y1=\"{y}\" y2=\"{y}\"/>");
        }
        foreach (var a in articles)
        {
            var row = sources.IndexOf(a.Source);
            if (row < 0)
                continue;
            var y = (row * rowHeight) + (rowHeight / 2);
            var cls = a.Original ? "dot original" : a.Copy ? "dot copy" : "dot";
            var title = PageText.Encode($"{a.Source} — {a.Time.UtcDateTime:yyyy-MM-dd HH:mm} UTC — {a.Headline}");
            sb.Append("<a href=\"").Append(PageText.Encode(Links.Article(a.Id))).Append("\">")
                .Append(Inv, $"<circle class=\"{cls}\" cx=\"{X(a.Time):0.##}\" cy=\"{y}\" r=\"6\"><title>{title}</title></circle></a>");
        }
        string Tick(DateTimeOffset t) => PageText.Encode(Labels.ShortDay(t.UtcDateTime.ToString("yyyy-MM-dd", Inv)) + " " + t.UtcDateTime.ToString("HH:mm", Inv));
        sb.Append(Inv, $"<text class=\"axis\" x=\"{width - labelWidth - side}\" y=\"{height - 4}\" text-anchor=\"start\">{Tick(first)}</text>");
        if (last > first)
            sb.Append(Inv, $"<text class=\"axis\" x=\"{side}\" y=\"{height - 4}\" text-anchor=\"end\">{Tick(last)}</text>");
        return Close(sb);
    }

    private static StringBuilder Open(int width, int height, string label) =>
        new StringBuilder().Append(Inv, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{PageText.Encode(label)}\" xmlns=\"http://www.w3.org/2000/svg\">");

    private static HtmlString Close(StringBuilder sb) => new(sb.Append("</svg>").ToString());

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private sealed record DayBin(string From, string To, string Label, string Short, long Count);

    /// <summary>Days from the first to the last (zeros filled in); by month when that is more than 120 days.</summary>
    private static List<DayBin> Binned(IReadOnlyList<(string Day, long Count)> counts)
    {
        var parsed = counts.Select(c => (Ok: Labels.TryDay(c.Day, out var d), Day: d, c.Count)).Where(c => c.Ok).OrderBy(c => c.Day).ToList();
        if (parsed.Count == 0)
            return [];
        var first = parsed[0].Day;
        var last = parsed[^1].Day;
        var byDay = parsed.GroupBy(p => p.Day).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
        var bins = new List<DayBin>();
        if (last.DayNumber - first.DayNumber <= 120)
        {
            for (var d = first; d <= last; d = d.AddDays(1))
            {
                var day = d.ToString("yyyy-MM-dd", Inv);
                bins.Add(new DayBin(day, day, Labels.Day(day), Labels.ShortDay(day), byDay.GetValueOrDefault(d)));
            }
            return bins;
        }
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= last; m = m.AddMonths(1))
        {
            var end = m.AddMonths(1).AddDays(-1);
            var sum = byDay.Where(kv => kv.Key >= m && kv.Key <= end).Sum(kv => kv.Value);
            var from = m.ToString("yyyy-MM-dd", Inv);
            var month = Labels.Day(from)[2..].Trim();
            bins.Add(new DayBin(from, end.ToString("yyyy-MM-dd", Inv), month, month, sum));
        }
        return bins;
    }
}
