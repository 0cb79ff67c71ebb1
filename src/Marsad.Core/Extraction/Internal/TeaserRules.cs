namespace Marsad.Extraction.Internal;

/// <summary>
/// "See also / read more" teasers: a label line ("انظر ايضاً", "اقرأ أيضا:") alone or with the teaser's title after it
/// ("اقرأ أيضا: X", "اقرأ: (X)"), and the ledes of other articles that follow a teaser title (cut with "…", or opening
/// with an agency dateline).
/// </summary>
internal static class TeaserRules
{
    /// <summary>
    /// When <paramref name="line"/> starts with a see-also label, returns true with the title written after the label
    /// (brackets and quotation marks removed), or null when the label stands alone.
    /// </summary>
    public static bool TryMatchLabel(string line, ExtractionLexicon lexicon, out string? title)
    {
        title = null;
        if (line.Length > 400)
            return false;
        var key = TextRules.Key(line);
        foreach (var label in lexicon.SeeAlsoLabels)
        {
            if (!key.StartsWith(label, StringComparison.Ordinal) || (key.Length > label.Length && key[label.Length] != ' '))
                continue;
            if (key.Length == label.Length)
                return true;
            var rest = RawAfterLabel(line, label.Split(' ').Length);
            if (rest is null)
                continue;
            var separated = rest.Value.Separated;
            // a bare "اقرأ"/"للمزيد"/"أيضاً" only labels a teaser when a colon, dash or dots follow; "اقرأ أيضا X" needs no colon
            var strongLabel = label.Contains(' ', StringComparison.Ordinal)
                && (label.Contains("ايضا", StringComparison.Ordinal) || label.Contains("كذلك", StringComparison.Ordinal) || label.Contains("صله", StringComparison.Ordinal));
            if (!separated && !strongLabel)
                continue;
            title = CleanTitle(rest.Value.Text);
            return title.Length > 0;
        }
        return false;
    }

    /// <summary>The lede of another article: ends cut short with "…" or "...", or opens with an agency dateline ("يانغون-سانا …").</summary>
    public static bool IsLede(string line, DatelineParser datelines, string? source)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal))
            return true;
        return datelines.ParsePrefix(line, source, null) is { Match.Agency: not null };
    }

    public static string CleanTitle(string text)
    {
        var t = TextRules.Strip(text);
        var changed = true;
        while (changed && t.Length >= 2)
        {
            changed = false;
            foreach (var (open, close) in new[] { ('(', ')'), ('«', '»'), ('"', '"'), ('“', '”'), ('[', ']') })
            {
                if (t[0] == open && t[^1] == close)
                {
                    t = TextRules.Strip(t[1..^1]);
                    changed = true;
                }
            }
        }
        return t;
    }

    /// <summary>The raw text after the first <paramref name="labelWords"/> words and any separator after them.</summary>
    private static (string Text, bool Separated)? RawAfterLabel(string line, int labelWords)
    {
        var i = 0;
        for (var w = 0; w < labelWords; w++)
        {
            while (i < line.Length && (TextRules.IsStripSpace(line[i]) || IsLabelPunctuation(line[i])))
                i++;
            while (i < line.Length && !TextRules.IsStripSpace(line[i]) && !IsSeparator(line[i]))
                i++;
        }
        var separated = false;
        while (i < line.Length && (TextRules.IsStripSpace(line[i]) || IsSeparator(line[i])))
        {
            separated |= !TextRules.IsStripSpace(line[i]);
            i++;
        }
        return i >= line.Length ? null : (line[i..], separated);
    }

    /// <summary>What parts a label from its title: a colon, a dash, a bar, or dots ("اقرأ.. X", "أيضاً.. X" in CNN Arabic).</summary>
    private static bool IsSeparator(char c) => c is ':' or '-' or '–' or '—' or '|' or '.' or '…';

    private static bool IsLabelPunctuation(char c) => c is '«' or '»' or '"' or '(' or ')' or '[' or ']' or '*' or '•';
}
