namespace Marsad.Text;

/// <summary>A sentence as a span of the original text.</summary>
public readonly record struct Sentence(int Start, int Length)
{
    public int End => Start + Length;

    public string Text(string source) => source.Substring(Start, Length);
}

/// <summary>
/// Splits text into sentences at . ! ? ؟ ۔ … and line breaks. Closing quotation marks and brackets after the end
/// mark (” » ") stay with the sentence they close; the Arabic comma ، and semicolon ؛ never end a sentence.
/// A period does not end a sentence between digits (3.5), in a Latin abbreviation (U.S.), after a single
/// letter (د. for doctor, أ. for professor) or when it is one of the ".." that SANA uses to join two statements
/// in a headline — those end a sentence only at a line break.
/// </summary>
public static class SentenceSplitter
{
    public static List<Sentence> Split(string? text)
    {
        var sentences = new List<Sentence>();
        if (string.IsNullOrEmpty(text))
            return sentences;
        var span = text.AsSpan();
        var start = SkipSpace(span, 0);
        var i = start;
        while (i < span.Length)
        {
            var c = span[i];
            if (c is '\n' or '\r' or '\u2029')
            {
                Add(sentences, span, start, i);
                start = SkipSpace(span, i + 1);
                i = start;
                continue;
            }
            if (IsTerminator(c) && EndsSentence(span, i))
            {
                var end = i + 1;
                while (end < span.Length && (IsTerminator(span[end]) || IsCloser(span[end])))
                    end++;
                Add(sentences, span, start, end);
                start = SkipSpace(span, end);
                i = start;
                continue;
            }
            i++;
        }
        Add(sentences, span, start, span.Length);
        return sentences;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or ArabicLetters.ArabicQuestionMark or ArabicLetters.ArabicFullStop or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '›';

    private static bool EndsSentence(ReadOnlySpan<char> s, int i)
    {
        if (s[i] != '.')
            return true;
        // SANA joins two statements with "..": a headline device, not a sentence end
        if ((i + 1 < s.Length && s[i + 1] == '.' && (i + 2 >= s.Length || s[i + 2] != '.')) || (i > 0 && s[i - 1] == '.' && (i < 2 || s[i - 2] != '.')))
            return false;
        var prev = i > 0 ? s[i - 1] : ' ';
        var next = i + 1 < s.Length ? s[i + 1] : ' ';
        if (ArabicLetters.DigitValue(prev) >= 0 && ArabicLetters.DigitValue(next) >= 0)
            return false;
        if (char.IsAsciiLetter(next) || (next == ' ' && i + 2 < s.Length && char.IsAsciiLetterLower(s[i + 2])))
            return false;
        // a single letter before the period is an abbreviation: د. أ. U.S.
        if (char.IsLetter(prev) && (i < 2 || !char.IsLetter(s[i - 2])))
            return false;
        return true;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (char.IsWhiteSpace(s[i]) || ArabicLetters.IsInvisibleControl(s[i])))
            i++;
        return i;
    }

    private static void Add(List<Sentence> sentences, ReadOnlySpan<char> s, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || ArabicLetters.IsInvisibleControl(s[end - 1])))
            end--;
        if (end > start)
            sentences.Add(new Sentence(start, end - start));
    }
}
