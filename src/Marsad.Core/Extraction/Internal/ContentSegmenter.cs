using System.Text;

namespace Marsad.Extraction.Internal;

/// <summary>
/// Cuts raw content into paragraph candidates: one per line, trimmed as the gold trims (Python <c>str.strip()</c>),
/// empty lines dropped. Sabq-style content, where one physical line holds the whole article and paragraphs are
/// separated by runs of spaces and no-break spaces (" \u00A0 "), is cut at those runs too. A document is read that way
/// only when one line carries most of its text and has such a run after the end of a sentence, so a stray no-break
/// space inside a sentence, or inside a line of ordinary multi-line content, never splits a paragraph.
/// </summary>
internal static class ContentSegmenter
{
    public static List<Segment> Split(string content)
    {
        var lines = new List<Segment>();
        var start = 0;
        var blank = false;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && content[i] != '\n')
                continue;
            var (s, e) = TextRules.StripRange(content, start, i);
            if (e > s && TextRules.HasContent(content[s..e]))
            {
                lines.Add(new Segment(content[s..e], blank && lines.Count > 0));
                blank = false;
            }
            else
            {
                blank = true;
            }
            start = i + 1;
        }
        // Sabq-style content: one physical line carries the article (most of its characters) and has paragraph runs.
        // In ordinary multi-line content a line is a paragraph even when a run of no-break spaces sits inside it.
        var total = lines.Sum(l => l.Text.Length);
        if (!lines.Any(l => l.Text.Length * 10 >= total * 7 && HasParagraphRun(l.Text)))
            return lines;
        var segments = new List<Segment>(lines.Count * 4);
        foreach (var line in lines)
            SplitRuns(line, segments);
        return segments;
    }

    /// <summary>A run of at least three blanks with a no-break space, right after a sentence end: Sabq's paragraph break.</summary>
    private static bool HasParagraphRun(string line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (!TextRules.IsStripSpace(line[i]))
                continue;
            var s = i;
            var nbsp = false;
            var plain = false;
            while (i < line.Length && TextRules.IsStripSpace(line[i]))
            {
                nbsp |= line[i] == '\u00A0';
                plain |= line[i] == ' ';
                i++;
            }
            if (nbsp && plain && i - s >= 3 && i < line.Length && TextRules.EndsSentence(line.AsSpan(0, s)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Splits at the blank runs with a no-break space that separate paragraphs: three blanks or more, or two after a
    /// sentence end, or two after a short heading that itself follows a paragraph break ("… المجتمع". \u00A0 دور الأسرة\u00A0 وأكدت …").
    /// Two blanks inside a sentence ("انطلقت مساء \u00A0أمس الأول") are not a break.
    /// </summary>
    private static void SplitRuns(Segment segment, List<Segment> segments)
    {
        var line = segment.Text;
        var start = 0;
        var i = 0;
        var first = true;
        var afterSentence = false;
        while (i < line.Length)
        {
            if (!TextRules.IsStripSpace(line[i]))
            {
                i++;
                continue;
            }
            var s = i;
            var nbsp = false;
            while (i < line.Length && TextRules.IsStripSpace(line[i]))
            {
                nbsp |= line[i] == '\u00A0';
                i++;
            }
            if (!nbsp || i - s < 2 || i >= line.Length)
                continue;
            var sentenceEnd = TextRules.EndsSentence(line.AsSpan(start, s - start));
            // a heading's own trailing no-break space comes first ("دور الأسرة\u00A0 وأكدت"); " \u00A0" inside a sentence does not split
            var heading = afterSentence && line[s] == '\u00A0' && TextRules.CountWords(line[start..s]) <= 8;
            if (i - s >= 3 || sentenceEnd || heading)
            {
                Add(line, start, s, first && segment.AfterBlank, segments);
                first = false;
                afterSentence = sentenceEnd || i - s >= 3;
                start = i;
            }
        }
        Add(line, start, line.Length, first && segment.AfterBlank, segments);
    }

    private static void Add(string line, int start, int end, bool afterBlank, List<Segment> segments)
    {
        var (s, e) = TextRules.StripRange(line, start, end);
        if (e > s)
        {
            var text = line[s..e];
            if (TextRules.HasContent(text))
                segments.Add(new Segment(text, afterBlank));
        }
    }

    /// <summary>Replaces lone UTF-16 surrogates with U+FFFD; every other character is kept as it is.</summary>
    public static string RepairSurrogates(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append('\uFFFD');
                continue;
            }
            sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }
}
