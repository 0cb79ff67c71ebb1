namespace Marsad.Analysis.Names;

/// <summary>
/// The patterns (أوزان) of native Arabic names, read from <c>names/native-patterns.txt</c>: فعل، فعيل، فاعل، فعال … .
/// A word fits a pattern when it has the pattern's length, the pattern's fixed letters where the pattern has them,
/// and a consonant wherever the pattern has a root letter (ف ع ل). In these words a long vowel is part of the
/// name — حسن and حسين, سالم and سليم are different names — so the key may keep it.
/// </summary>
internal sealed class NativePatterns
{
    private const char Root = 'C';
    private readonly string[] _patterns;

    public NativePatterns(IEnumerable<string> patterns)
    {
        _patterns = [.. patterns.Select(p => ToTemplate(NameSpelling.Fold(p))).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    public static NativePatterns Default { get; } = new(EmbeddedData.ReadLines("names/native-patterns.txt"));

    public int Count => _patterns.Length;

    /// <summary>True when the folded word fits one of the patterns.</summary>
    public bool Fits(ReadOnlySpan<char> word)
    {
        foreach (var pattern in _patterns)
        {
            if (Fits(pattern, word))
                return true;
        }
        return false;
    }

    private static bool Fits(string pattern, ReadOnlySpan<char> word)
    {
        if (pattern.Length != word.Length)
            return false;
        for (var i = 0; i < word.Length; i++)
        {
            var p = pattern[i];
            var c = word[i];
            if (p == Root)
            {
                // a root letter is a consonant; a first root may be a hamza written as alef (أمين، أسامة)
                if (c is NameSpelling.Waw or NameSpelling.Yeh || (c == NameSpelling.Alef && i > 0) || c == ' ')
                    return false;
            }
            else if (p != c)
            {
                return false;
            }
        }
        return true;
    }

    private static string ToTemplate(string pattern) =>
        string.Create(pattern.Length, pattern, static (span, p) =>
        {
            for (var i = 0; i < p.Length; i++)
                span[i] = p[i] is 'ف' or 'ع' or 'ل' ? Root : p[i];
        });
}
