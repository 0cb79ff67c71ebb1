namespace Marsad.Extraction.Internal;

/// <summary>
/// Finds the news agencies a text credits ("ونقلت وكالة سبوتنيك", "(أ ف ب)", "وفقاً لـ \"رويترز\"") by looking up every
/// one- to five-word span, with a leading clitic (و، ف، ب، ل، لـ) stripped, in the agency list. Spellings that are also
/// ordinary words (فارس، قنا) only count in a dateline, never here.
/// </summary>
internal static class AgencyCredits
{
    public static void Collect(string text, ExtractionLexicon lexicon, List<string> agencies, HashSet<string> seen)
    {
        var tokens = DateTokens.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
                continue;
            for (var n = Math.Min(5, tokens.Count - i); n >= 1; n--)
            {
                var last = tokens[i + n - 1];
                if (!last.IsWord || !Spannable(text, tokens, i, n))
                    continue;
                var start = tokens[i].Start;
                var span = text[start..last.End];
                if (Match(span, lexicon) is { } hit)
                {
                    Add(hit.Spelling, hit.Agency, agencies, seen);
                    i += n - 1;
                    break;
                }
                var clitic = CliticLength(span);
                if (clitic > 0 && Match(span[clitic..], lexicon) is { } stripped)
                {
                    Add(stripped.Spelling, stripped.Agency, agencies, seen);
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private static (string Spelling, string Agency)? Match(string span, ExtractionLexicon lexicon)
    {
        var key = TextRules.Key(span);
        return key.Length > 1 && lexicon.Agencies.TryGetValue(key, out var entry) && !entry.Ambiguous ? (TextRules.Strip(span), entry.Key) : null;
    }

    private static void Add(string spelling, string agency, List<string> agencies, HashSet<string> seen)
    {
        if (seen.Add(agency))
            agencies.Add(spelling.StartsWith("وكالة ", StringComparison.Ordinal) && spelling.Split(' ').Length == 2 ? spelling[6..] : spelling);
    }

    /// <summary>Words and the dots between abbreviation letters (د.ب.أ) may form a span; other punctuation ends it.</summary>
    private static bool Spannable(string text, List<DateTokens.Token> tokens, int i, int n)
    {
        for (var j = i; j < i + n; j++)
        {
            var t = tokens[j];
            if (!t.IsWord && !(t.Length == 1 && text[t.Start] == '.'))
                return false;
        }
        return true;
    }

    private static int CliticLength(string span)
    {
        if (span.Length > 3 && span[0] == 'ل' && span[1] == '\u0640')
            return 2;
        return span.Length > 3 && span[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' ? 1 : 0;
    }
}
