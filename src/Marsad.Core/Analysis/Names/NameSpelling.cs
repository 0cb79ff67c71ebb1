using System.Text;
using Marsad.Text;

namespace Marsad.Analysis.Names;

/// <summary>
/// Folds a name as written to the letters the name key works on. Rules, one a line:
/// <list type="number">
/// <item>Harakat, shadda, superscript alef, tatweel and invisible controls are removed (الحديّدة = الحديدة).</item>
/// <item>Alef with hamza or madda and alef wasla become bare alef: أ إ آ ٱ → ا (أسامة = اسامة).</item>
/// <item>Hamza seats become the long vowel they sit on: ؤ → و, ئ → ي (فائز = فايز, قائد = قايد).</item>
/// <item>Alef maksura becomes yeh (ى → ي) and teh marbuta becomes heh (ة → ه).</item>
/// <item>Persian letters become the Arabic letters writers use for the same sounds: گ → غ, ڤ → ف, پ → ب, چ → تش, ک → ك, ی → ي.</item>
/// <item>Hyphens, dots, slashes and underscores separate words like spaces (كيم جون-أون); other punctuation is dropped.</item>
/// <item>Latin letters are lower-cased; digits become ASCII; whitespace runs become one space.</item>
/// </list>
/// </summary>
internal static class NameSpelling
{
    public const char Alef = ArabicLetters.Alef;
    public const char Waw = ArabicLetters.Waw;
    public const char Yeh = ArabicLetters.Yeh;
    public const char Heh = ArabicLetters.Heh;

    /// <summary>True for the letters that write long vowels (ا و ي); the key treats them apart from consonants.</summary>
    public static bool IsVowelLetter(char c) => c is Alef or Waw or Yeh;

    /// <summary>The folded spelling: words of folded letters separated by single spaces; "" when nothing is left.</summary>
    public static string Fold(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return "";
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var raw in name)
        {
            if (ArabicLetters.IsDiacritic(raw) || ArabicLetters.IsInvisibleControl(raw) || raw == ArabicLetters.Tatweel)
                continue;
            var c = ArabicNormalizer.FoldMatching(raw);
            if (c == '\0')
                continue;
            if (char.IsWhiteSpace(raw) || raw is '-' or '_' or '.' or '·' or '/' or '\u2010' or '\u2011' or '\u2013')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            var folded = FoldLetter(raw, c);
            if (folded.Length == 0)
                continue;
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(folded);
        }
        return sb.ToString();
    }

    private static string FoldLetter(char raw, char matching)
    {
        switch (raw)
        {
            case ArabicLetters.WawHamzaAbove:
                return "و";
            case ArabicLetters.YehHamzaAbove:
                return "ي";
            case '\u06AF': // گ
                return "غ";
            case '\u0686': // چ
                return "تش";
            default:
                break;
        }
        if (matching is >= '\u0621' and <= '\u064A')
            return matching == ArabicLetters.Tatweel ? "" : matching.ToString();
        if (matching is >= 'a' and <= 'z')
            return matching.ToString();
        if (matching is >= 'A' and <= 'Z')
            return char.ToLowerInvariant(matching).ToString();
        var digit = ArabicLetters.DigitValue(raw);
        if (digit >= 0)
            return ((char)('0' + digit)).ToString();
        return "";
    }
}
