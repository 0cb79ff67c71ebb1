namespace Marsad.Extraction.Internal;

/// <summary>
/// Finds the news agencies a text credits ("ونقلت وكالة سبوتنيك", "(أ ف ب)", "وفقاً لـ \"رويترز\"") by looking up every
/// one- to five-word span, with a leading clitic (و، ف، ب، ل، لـ) stripped, in the agency list. Spellings that are also
/// ordinary words (فارس، قنا) only count in a dateline, never here. Each word is normalized once into a stack buffer
/// and checked against the words that can open an agency name; only those spans are looked up, so long texts cost little.
/// </summary>
internal static class AgencyCredits
{
    public static void Collect(string text, ExtractionLexicon lexicon, List<string> agencies, HashSet<string> seen)
    {
        var tokens = DateTokens.Tokenize(text);
        var firstWords = lexicon.AgencyFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || t.Length > 24)
                continue;
            var word = text.AsSpan(t.Start, t.Length);
            if (Text.ArabicNormalizer.RequiredLength(word) > buffer.Length)
                continue;
            var key = buffer[..Text.ArabicNormalizer.NormalizeMatching(word, buffer)];
            var opens = firstWords.Contains(key);
            var opensAfterClitic = key.Length > 3 && key[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && firstWords.Contains(key[1..]);
            if (!opens && !opensAfterClitic)
                continue;
            for (var n = Math.Min(5, tokens.Count - i); n >= 1; n--)
            {
                var last = tokens[i + n - 1];
                if (!last.IsWord || !Spannable(text, tokens, i, n))
                    continue;
                var span = text[t.Start..last.End];
                var spanKey = TextRules.Key(span);
                if (opens && Lookup(spanKey, lexicon) is { } agency)
                {
                    Add(span, agency, agencies, seen);
                    i += n - 1;
                    break;
                }
                if (opensAfterClitic && spanKey.Length > 1 && Lookup(spanKey[1..], lexicon) is { } stripped)
                {
                    var skip = span.Length > 2 && span[0] == 'ل' && span[1] == '\u0640' ? 2 : 1;
                    Add(span[skip..], stripped, agencies, seen);
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private static string? Lookup(string key, ExtractionLexicon lexicon) =>
        key.Length > 1 && lexicon.Agencies.TryGetValue(key, out var entry) && !entry.Ambiguous ? entry.Key : null;

    private static void Add(string spelling, string agency, List<string> agencies, HashSet<string> seen)
    {
        spelling = TextRules.Strip(spelling);
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
}
