using System.Text;

namespace Marsad.Text;

/// <summary>
/// The per-character table behind matching normalization: one entry for each UTF-16 code unit, built once from
/// the rules in <see cref="ArabicNormalizer"/> so the hot path is a single array lookup per character.
/// </summary>
internal static class MatchingTable
{
    /// <summary>Table value: the character is removed.</summary>
    public const char Delete = '\0';

    /// <summary>Table value: the character expands to several (see <see cref="Expansions"/>).</summary>
    public const char Expand = '\uFFFF';

    /// <summary>Table value: a UTF-16 surrogate, kept when paired and replaced by U+FFFD when alone.</summary>
    public const char Surrogate = '\uFFFE';

    public static readonly char[] Map;

    public static readonly Dictionary<char, string> Expansions = [];

    static MatchingTable()
    {
        Map = new char[65536];
        for (var i = 0; i < Map.Length; i++)
            Map[i] = SimpleFold((char)i);
        Map[0] = '\0';
        Map[0xFFFF] = Delete; // a noncharacter, and our expansion marker
        Map[0xFFFE] = Delete; // a noncharacter, and our surrogate marker
        for (var i = 0xD800; i <= 0xDFFF; i++)
            Map[i] = Surrogate;

        // NFKC of presentation forms, ligatures and full-width forms, folded by the simple rules afterwards
        foreach (var (from, to) in new (int, int)[] { (0x00A0, 0x00BF), (0x0675, 0x0678), (0x2000, 0x206F), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFC), (0xFF01, 0xFFEE) })
        {
            for (var i = from; i <= to; i++)
            {
                var c = (char)i;
                if (Map[c] == Delete)
                    continue;
                string nfkc;
                try
                {
                    nfkc = c.ToString().Normalize(NormalizationForm.FormKC);
                }
                catch (ArgumentException)
                {
                    continue;
                }
                if (nfkc.Length == 1 && nfkc[0] == c)
                    continue;
                var sb = new StringBuilder(nfkc.Length);
                foreach (var d in nfkc)
                {
                    var f = SimpleFold(d);
                    if (f != Delete)
                        sb.Append(f);
                }
                var folded = sb.ToString();
                if (folded.Length == 0)
                    Map[c] = Delete;
                else if (folded.Length == 1)
                    Map[c] = folded[0];
                else
                {
                    Map[c] = Expand;
                    Expansions[c] = folded;
                }
            }
        }
    }

    /// <summary>The one-character rules of matching normalization.</summary>
    private static char SimpleFold(char c)
    {
        if (ArabicLetters.IsInvisibleControl(c) || c == ArabicLetters.Tatweel || ArabicLetters.IsDiacritic(c))
            return Delete;
        var digit = ArabicLetters.DigitValue(c);
        if (digit >= 0)
            return (char)('0' + digit);
        switch (c)
        {
            case ArabicLetters.AlefHamzaAbove or ArabicLetters.AlefHamzaBelow or ArabicLetters.AlefMadda or ArabicLetters.AlefWasla
                or '\u0672' or '\u0673':
                return ArabicLetters.Alef;
            case ArabicLetters.AlefMaksura or ArabicLetters.PersianYeh or '\u06D0':
                return ArabicLetters.Yeh;
            case ArabicLetters.TehMarbuta or ArabicLetters.AeHeh or ArabicLetters.HehGoal or '\u06C0' or '\u06BE':
                return ArabicLetters.Heh;
            case ArabicLetters.WawHamzaAbove or ArabicLetters.YehHamzaAbove:
                return ArabicLetters.Hamza;
            case ArabicLetters.PersianKeheh:
                return ArabicLetters.Kaf;
            case '\u06A4': // ڤ veh
                return ArabicLetters.Feh;
            case '\u067E': // پ peh
                return ArabicLetters.Beh;
            case '\u0686': // چ tcheh
                return '\u062C';
        }
        if (char.IsSurrogate(c))
            return c;
        return char.ToLowerInvariant(c);
    }
}
