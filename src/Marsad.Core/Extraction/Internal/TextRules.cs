using System.Buffers;
using System.Text;
using Marsad.Text;

namespace Marsad.Extraction.Internal;

/// <summary>Small text predicates the extraction rules share: trimming as the gold does, word counts, sentence ends, lookup keys.</summary>
internal static class TextRules
{
    private static readonly SearchValues<char> KeyDropped = SearchValues.Create("«»\"“”„'‘’()[]{}<>:؛;،,!؟?*•·|");

    /// <summary>Python's <c>str.isspace</c>: Unicode white space (U+00A0, U+2000–200A, U+3000…) and the C0 separators U+001C–001F.</summary>
    public static bool IsStripSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>Trims both ends the way the gold spans were trimmed (Python <c>str.strip()</c>).</summary>
    public static string Strip(string text)
    {
        var (start, end) = StripRange(text, 0, text.Length);
        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>The range [start, end) of <paramref name="text"/> without white space at either end.</summary>
    public static (int Start, int End) StripRange(string text, int start, int end)
    {
        while (start < end && IsStripSpace(text[start]))
            start++;
        while (end > start && IsStripSpace(text[end - 1]))
            end--;
        return (start, end);
    }

    /// <summary>True when the text has a letter or digit (a line of bidi marks or spaces is empty).</summary>
    public static bool HasContent(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c))
                return true;
        }
        return false;
    }

    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = IsStripSpace(c);
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }

    /// <summary>True when the text ends a sentence: . ! ? ؟ … or a colon, possibly inside closing quotes or brackets.</summary>
    public static bool EndsSentence(string text) => EndsSentence(text.AsSpan());

    /// <summary>Span form of <see cref="EndsSentence(string)"/>.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (IsStripSpace(text[i]) || IsFormatMark(text[i])))
            i--;
        while (i >= 0 && text[i] is '»' or '"' or '”' or '’' or '\'' or ')' or ']' or '}')
        {
            i--;
            while (i >= 0 && IsStripSpace(text[i]))
                i--;
        }
        return i >= 0 && text[i] is '.' or '!' or '؟' or '?' or '…' or ':' or '؛' or ';';
    }

    /// <summary>Prose: a body paragraph rather than a label, caption or signature — long, or ending like a sentence, or with clauses.</summary>
    public static bool IsProse(string text)
    {
        var words = CountWords(text);
        return words >= 20 || (words >= 6 && EndsSentence(text)) || (words >= 10 && text.AsSpan().IndexOfAny('،', ',') >= 0);
    }

    public static bool IsFormatMark(char c) => c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF' or '\u061C';

    /// <summary>
    /// The lookup key of a name: matching normalization (hamza, ى, ة folded, marks and tatweel removed), dots, dashes
    /// and quotation marks turned into spaces, spaces collapsed. "(أ.ف.ب)" and "أ ف ب" share the key "ا ف ب".
    /// </summary>
    public static string Key(string text)
    {
        var normalized = ArabicNormalizer.NormalizeMatching(text);
        var sb = new StringBuilder(normalized.Length);
        var space = true;
        foreach (var c in normalized)
        {
            var blank = IsStripSpace(c) || IsFormatMark(c) || c is '.' or '-' or '–' or '—' or '_' or '/' || KeyDropped.Contains(c);
            if (blank)
            {
                if (!space)
                    sb.Append(' ');
                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }
        if (sb.Length > 0 && sb[^1] == ' ')
            sb.Length--;
        return sb.ToString();
    }

    /// <summary>Arabic-Indic and Persian digits to ASCII, for parsing numbers as written.</summary>
    public static int ParseDigits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var d = DigitValue(c);
            if (d < 0 || value > 100_000)
                return -1;
            value = (value * 10) + d;
        }
        return value;
    }

    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    public static bool IsDigit(char c) => DigitValue(c) >= 0;
}
