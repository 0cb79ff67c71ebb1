using System.Text;

namespace Marsad.Extraction.Internal;

/// <summary>
/// Cuts raw content into paragraph candidates: one per line, trimmed as the gold trims (Python <c>str.strip()</c>),
/// empty lines dropped. Sabq-style content, where one physical line holds the whole article and paragraphs are
/// separated by runs of spaces and no-break spaces (" \u00A0 "), is cut at those runs too. A document is read that way
/// only when it has such a run after the end of a sentence, so a stray no-break space inside a sentence elsewhere
/// never splits a paragraph.
/// </summary>
internal static class ContentSegmenter
{
    public static List<string> Split(string content)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && content[i] != '\n')
                continue;
            var (s, e) = TextRules.StripRange(content, start, i);
            if (e > s)
                lines.Add(content[s..e]);
            start = i + 1;
        }
        var nbspParagraphs = lines.Any(HasParagraphRun);
        var segments = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (nbspParagraphs)
                SplitRuns(line, segments);
            else if (TextRules.HasContent(line))
                segments.Add(line);
        }
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
            if (nbsp && plain && i - s >= 3 && i < line.Length && TextRules.EndsSentence(line[..s]))
                return true;
        }
        return false;
    }

    /// <summary>Splits at every blank run of two or more characters that holds a no-break space.</summary>
    private static void SplitRuns(string line, List<string> segments)
    {
        var start = 0;
        var i = 0;
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
            if (nbsp && i - s >= 2)
            {
                Add(line, start, s, segments);
                start = i;
            }
        }
        Add(line, start, line.Length, segments);
    }

    private static void Add(string line, int start, int end, List<string> segments)
    {
        var (s, e) = TextRules.StripRange(line, start, end);
        if (e > s)
        {
            var text = line[s..e];
            if (TextRules.HasContent(text))
                segments.Add(text);
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
