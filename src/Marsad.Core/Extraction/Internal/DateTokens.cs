namespace Marsad.Extraction.Internal;

/// <summary>
/// Splits text into words, numbers and single punctuation marks with their offsets; a number glued to a word
/// ("بريدة25", "1436هـ") becomes two tokens. Used for dates and datelines, where such gluing is common.
/// </summary>
internal static class DateTokens
{
    public readonly record struct Token(int Start, int Length, bool IsNumber, bool IsWord)
    {
        public int End => Start + Length;
    }

    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0)
            end = text.Length;
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (TextRules.IsStripSpace(c) || TextRules.IsFormatMark(c))
            {
                i++;
                continue;
            }
            var s = i;
            if (TextRules.IsDigit(c))
            {
                while (i < end && TextRules.IsDigit(text[i]))
                    i++;
                tokens.Add(new Token(s, i - s, true, false));
            }
            else if (IsWordChar(c))
            {
                while (i < end && IsWordChar(text[i]))
                    i++;
                tokens.Add(new Token(s, i - s, false, true));
            }
            else
            {
                i++;
                tokens.Add(new Token(s, 1, false, false));
            }
        }
        return tokens;
    }

    public static bool IsWordChar(char c) =>
        (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) && !TextRules.IsDigit(c);
}
