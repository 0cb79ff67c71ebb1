namespace Marsad.Analysis.Names;

/// <summary>Whitespace-separated words of a span of text, with offsets; sentence punctuation ends a scan.</summary>
internal static class TextWords
{
    public static List<TextWord> In(string text, int start, int end)
    {
        var words = new List<TextWord>();
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
                i++;
            var s = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
                i++;
            if (i > s)
                words.Add(new TextWord(text[s..i], s, i));
        }
        return words;
    }

    /// <summary>Up to <paramref name="max"/> words before <paramref name="start"/>, nearest first, within the sentence.</summary>
    public static List<TextWord> Before(string text, int start, int max)
    {
        var words = new List<TextWord>(max);
        var i = Math.Min(start, text.Length) - 1;
        while (words.Count < max && i >= 0)
        {
            while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
                i--;
            if (i < 0 || IsBoundary(text[i]))
                break;
            var e = i + 1;
            while (i >= 0 && !char.IsWhiteSpace(text[i]) && !IsBoundary(text[i]))
                i--;
            words.Add(new TextWord(text[(i + 1)..e], i + 1, e));
            if (i >= 0 && IsBoundary(text[i]))
                break;
        }
        return words;
    }

    private static bool IsBoundary(char c) =>
        c is '.' or '،' or ',' or ':' or '؛' or ';' or '!' or '؟' or '?' or '«' or '»' or '"' or '“' or '”' or '(' or ')' or '\n' or '\r' or '-' or '–';
}

/// <summary>One word and its offsets.</summary>
internal readonly record struct TextWord(string Text, int Start, int End);
