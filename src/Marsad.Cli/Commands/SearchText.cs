using System.Globalization;
using System.Text;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary>Search results for people: numbered hits with source, date and a snippet; matches marked on a terminal.</summary>
internal static class SearchText
{
    public static void Write(SearchResults results, SearchRequest request)
    {
        var interactive = CliConsole.IsInteractive;
        using var stdout = CliConsole.OpenStdout();
        var first = results.Hits.Count == 0 ? 0 : request.Offset + 1;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Total} results{(results.Hits.Count > 0 ? $" ({first}–{request.Offset + results.Hits.Count} shown)" : "")}"));
        var rank = request.Offset;
        foreach (var hit in results.Hits)
        {
            rank++;
            stdout.WriteLine();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank,3}. ") + Marked(hit.Headline, hit.HeadlineHighlights, interactive));
            var meta = string.Join(" · ", new[] { hit.Source, hit.Agency, hit.Published, hit.Topic, hit.Id, hit.StoryId is null ? null : "story " + hit.StoryId }.Where(s => !string.IsNullOrEmpty(s)));
            stdout.WriteLine("     " + (interactive ? "\u001b[90m" + meta + "\u001b[0m" : meta));
            if (hit.Snippet.Length > 0)
                stdout.WriteLine("     " + Marked(hit.Snippet, hit.Highlights, interactive));
        }
        if (results.Facets is { } f && results.Total > 0)
        {
            stdout.WriteLine();
            WriteFacet(stdout, "sources", f.Sources.Take(8).Select(c => (c.Value, c.Count)));
            WriteFacet(stdout, "topics", f.Topics.Take(8).Select(c => (c.Value, c.Count)));
            WriteFacet(stdout, "entities", f.Entities.Take(8).Select(e => (e.Name, e.Count)));
            if (f.Days.Count > 0)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"days: {f.Days[0].Value} … {f.Days[^1].Value} ({f.Days.Count} days)"));
        }
        stdout.Flush();
    }

    private static void WriteFacet(TextWriter output, string name, IEnumerable<(string Value, long Count)> counts)
    {
        var list = counts.ToList();
        if (list.Count > 0)
            output.WriteLine(name + ": " + string.Join(", ", list.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} ({c.Count})"))));
    }

    /// <summary>The text with its highlighted spans in bold yellow (ANSI) on a terminal; unchanged otherwise.</summary>
    private static string Marked(string text, IReadOnlyList<TextSpan> spans, bool interactive)
    {
        if (!interactive || spans.Count == 0)
            return text;
        var sb = new StringBuilder();
        var at = 0;
        foreach (var s in spans)
        {
            if (s.Start < at || s.End > text.Length)
                continue;
            sb.Append(text, at, s.Start - at).Append("\u001b[1;33m").Append(text, s.Start, s.End - s.Start).Append("\u001b[0m");
            at = s.End;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }
}
