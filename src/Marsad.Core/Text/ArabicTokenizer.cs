namespace Marsad.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s that keep their offsets in the original string. Knows Arabic words
/// (with harakat, tatweel and zero-width joiners inside), Latin and mixed-script words, numbers in any of the
/// three digit sets with separators, URLs, e-mail addresses, hashtags and @handles. Whitespace and invisible
/// controls between tokens are skipped; every other character ends up in exactly one token.
/// </summary>
public static class ArabicTokenizer
{
    /// <summary>Enumerates tokens without allocating.</summary>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>All tokens of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
            return tokens;
        foreach (var token in Enumerate(text))
            tokens.Add(token);
        return tokens;
    }

    /// <summary>The next token at or after <paramref name="position"/>, or <see langword="null"/> at the end.</summary>
    internal static Token? Next(ReadOnlySpan<char> text, ref int position)
    {
        var i = position;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || ArabicLetters.IsInvisibleControl(text[i])))
            i++;
        if (i >= text.Length)
        {
            position = i;
            return null;
        }

        var start = i;
        var c = text[i];
        Token token;
        var end = 0;
        // URLs start with h or w, e-mail addresses with an ASCII letter or digit: test only those
        if (c is 'h' or 'H' or 'w' or 'W' && TryUrl(text, start, out end))
            token = new Token(start, end - start, TokenKind.Url);
        else if (char.IsAsciiLetterOrDigit(c) && TryEmail(text, start, out end))
            token = new Token(start, end - start, TokenKind.Email);
        else if (c == '#' && start + 1 < text.Length && IsHashtagChar(text[start + 1]))
            token = new Token(start, ScanWhile(text, start + 1, IsHashtagChar) - start, TokenKind.Hashtag);
        else if (c == '@' && start + 1 < text.Length && IsHandleChar(text[start + 1]))
            token = new Token(start, ScanWhile(text, start + 1, IsHandleChar) - start, TokenKind.Mention);
        else if (ArabicLetters.DigitValue(c) >= 0)
            token = ScanNumberOrWord(text, start);
        else if (IsWordStart(c, text, start))
            token = ScanWord(text, start);
        else if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
            token = new Token(start, 2, TokenKind.Punctuation);
        else
            token = new Token(start, 1, TokenKind.Punctuation);
        position = token.End;
        return token;
    }

    private static bool IsWordStart(char c, ReadOnlySpan<char> text, int i) =>
        char.IsLetter(c) || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            && System.Text.Rune.IsLetter(new System.Text.Rune(c, text[i + 1])));

    private static Token ScanWord(ReadOnlySpan<char> text, int start)
    {
        bool arabic = false, other = false, digits = false;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (ArabicLetters.IsLetter(c))
            {
                arabic = true;
                i++;
            }
            else if (ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++; // tatweel is a modifier letter to .NET, but it only stretches an Arabic word
            }
            else if (char.IsLetter(c))
            {
                other = true;
                i++;
            }
            else if (c is '\u200C' or '\u200D' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++; // a joiner inside a word belongs to it
            }
            else if (ArabicLetters.DigitValue(c) >= 0)
            {
                digits = true;
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && IsWordStart(c, text, i))
            {
                other = true;
                i += 2;
            }
            else if (c is '\'' or '\u2019' && other && !arabic && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
            {
                i++; // Latin elision: O'Brien, don't
            }
            else
            {
                break;
            }
        }
        var kind = (arabic && (other || digits)) || (other && digits) ? TokenKind.Mixed : arabic ? TokenKind.Arabic : TokenKind.Latin;
        return new Token(start, i - start, kind);
    }

    private static Token ScanNumberOrWord(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (ArabicLetters.DigitValue(text[i]) >= 0)
            {
                i++;
            }
            else if (text[i] is ',' or '.' or '\u066B' or '\u066C' && i + 1 < text.Length && ArabicLetters.DigitValue(text[i + 1]) >= 0
                && i > start && ArabicLetters.DigitValue(text[i - 1]) >= 0)
            {
                i++; // 1,095.50 and ٣٫٥: a separator between digits
            }
            else
            {
                break;
            }
        }
        // digits glued to letters make one mixed word: 4G, 19كوفيد
        if (i < text.Length && char.IsLetter(text[i]))
        {
            var word = ScanWord(text, start);
            return word with { Kind = TokenKind.Mixed };
        }
        return new Token(start, i - start, TokenKind.Number);
    }

    private static bool TryUrl(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var rest = text[start..];
        int prefix;
        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            prefix = 7;
        else if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            prefix = 8;
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            prefix = 4;
        else
            return false;
        var i = start + prefix;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '<' or '>' or '«' or '»' or '“' or '”' or '،'))
            i++;
        // trailing sentence punctuation is not part of the address
        while (i > start + prefix && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '؛' or '؟')
            i--;
        if (i <= start + prefix)
            return false;
        end = i;
        return true;
    }

    private static bool TryEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var i = start;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '_' or '%' or '+' or '-'))
            i++;
        if (i == start || i >= text.Length || text[i] != '@' || !char.IsAsciiLetterOrDigit(text[start]))
            return false;
        var domainStart = ++i;
        var lastDot = -1;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-'))
        {
            if (text[i] == '.')
                lastDot = i;
            i++;
        }
        while (i > domainStart && text[i - 1] is '.' or '-')
            i--;
        if (lastDot <= domainStart || lastDot >= i - 2)
            return false;
        end = i;
        return true;
    }

    private static bool IsHashtagChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel;

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static int ScanWhile(ReadOnlySpan<char> text, int i, Func<char, bool> predicate)
    {
        while (i < text.Length && predicate(text[i]))
            i++;
        return i;
    }
}

/// <summary>Allocation-free enumerator over the tokens of a span.</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly TokenEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var next = ArabicTokenizer.Next(_text, ref _position);
        if (next is null)
            return false;
        Current = next.Value;
        return true;
    }
}
