namespace Marsad.Analysis.Entities;

/// <summary>
/// The shape of a token: runs of Arabic letters (a), Latin upper (A) and lower (x) letters, digits (0) and other
/// characters as themselves, each run written once («ميدفيديف» → a, "MBC4" → A0, "2015" → 0, "U.S." → A.A.).
/// </summary>
internal static class WordShape
{
    public static string Of(string token)
    {
        Span<char> shape = stackalloc char[8];
        var n = 0;
        var previous = '\0';
        foreach (var ch in token)
        {
            var c = ch switch
            {
                _ when Text.ArabicLetters.IsLetter(ch) => 'a',
                _ when Text.ArabicLetters.IsDiacritic(ch) || ch == Text.ArabicLetters.Tatweel => previous,
                _ when char.IsDigit(ch) => '0',
                _ when char.IsUpper(ch) => 'A',
                _ when char.IsLetter(ch) => 'x',
                _ => ch,
            };
            if (c == previous || c == '\0')
                continue;
            if (n == shape.Length)
                break;
            shape[n++] = c;
            previous = c;
        }
        return shape[..n] switch
        {
            "a" => "a",
            "0" => "0",
            _ => new string(shape[..n]),
        };
    }
}
