using System.Buffers;
using System.Text;

namespace Marsad.Text;

/// <summary>
/// Normalizes Arabic text at one of two <see cref="NormalizationLevel"/>s. Each rule is documented on its own line:
/// <list type="number">
/// <item>Lone UTF-16 surrogates become U+FFFD (both levels); they cannot be normalized or stored faithfully.</item>
/// <item>Zero-width and bidi controls are removed: U+200B–200F, U+202A–202E, U+2066–2069, U+FEFF, U+061C, soft hyphen.</item>
/// <item>Tatweel (U+0640) is removed; it only stretches a word on the page.</item>
/// <item>NFKC: presentation forms (U+FB50–FDFF, U+FE70–FEFF) become base letters (ﻻ → لا), ligatures and full-width forms their parts.</item>
/// <item>(matching) Harakat and Quranic marks are removed: U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED.</item>
/// <item>(matching) Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII.</item>
/// <item>(matching) Alef with hamza or madda and alef wasla become bare alef: أ إ آ ٱ → ا.</item>
/// <item>(matching) Alef maksura becomes yeh: ى → ي (writers use them interchangeably at word end).</item>
/// <item>(matching) Teh marbuta becomes heh: ة → ه (often written without its dots).</item>
/// <item>(matching) Hamza on a carrier becomes the bare hamza: ؤ ئ → ء. Why: the seat of a medial hamza is where
///   writers disagree (Egypt writes مسئول and شئون, the Levant and the Gulf مسؤول and شؤون; شيئ is a common
///   misspelling of شيء), so folding both seats to ء makes those spellings meet, while folding them to their
///   seats (ؤ → و, ئ → ي) would keep مسوول and مسيول apart and merge the hamza with real و/ي words. A bare ء is
///   kept, because dropping it merges words (سماء ≠ سما). A combining hamza above (U+0654) after و or ي is read
///   as that carrier. Hamza on alef is folded with the alef instead (أ إ → ا), because it is so often omitted.</item>
/// <item>(matching) Persian and Urdu letter forms become the Arabic letters they stand for: ک → ك, ی → ي, ە ہ ۀ → ه,
///   and the foreign-sound letters ڤ → ف, پ → ب, چ → ج.</item>
/// <item>(matching) Letters are lower-cased (invariant culture).</item>
/// </list>
/// Both levels are idempotent. Matching never lengthens text except where a presentation ligature expands
/// (ﷺ is 18 characters): <see cref="MaxExpansion"/> bounds it.
/// </summary>
public static partial class ArabicNormalizer
{
    /// <summary>The most characters <see cref="NormalizeMatching"/> writes for one input character.</summary>
    public const int MaxExpansion = 18;

    /// <summary>Normalizes <paramref name="text"/> at the given level.</summary>
    public static string Normalize(string? text, NormalizationLevel level = NormalizationLevel.Matching)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        return level == NormalizationLevel.Display ? NormalizeDisplay(text) : NormalizeMatching(text);
    }

    /// <summary>Matching-level normalization of a string.</summary>
    public static string NormalizeMatching(string text)
    {
        if (text.Length == 0)
            return text;
        var span = text.AsSpan();
        if (IsMatchingStable(span))
            return text;
        var needed = RequiredLength(span);
        char[]? rented = null;
        var buffer = needed <= 512 ? stackalloc char[needed] : (rented = ArrayPool<char>.Shared.Rent(needed));
        try
        {
            var written = NormalizeMatching(span, buffer);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Matching-level normalization of <paramref name="source"/> into <paramref name="destination"/>, which must hold
    /// at least <see cref="RequiredLength"/> characters. Returns the number of characters written.
    /// </summary>
    public static int NormalizeMatching(ReadOnlySpan<char> source, Span<char> destination)
    {
        var map = MatchingTable.Map;
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var m = map[c];
            if (m == c)
            {
                destination[n++] = c;
            }
            else if (m == MatchingTable.Delete)
            {
                // a combining hamza above turns the preceding waw or yeh into a hamza carrier, which folds to ء
                if (c == '\u0654' && n > 0 && destination[n - 1] is ArabicLetters.Waw or ArabicLetters.Yeh)
                    destination[n - 1] = ArabicLetters.Hamza;
            }
            else if (m == MatchingTable.Surrogate)
            {
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    destination[n++] = c;
                    destination[n++] = source[++i];
                }
                else
                {
                    destination[n++] = '\uFFFD';
                }
            }
            else if (m == MatchingTable.Expand)
            {
                var expansion = MatchingTable.Expansions[c];
                expansion.AsSpan().CopyTo(destination[n..]);
                n += expansion.Length;
            }
            else
            {
                destination[n++] = m;
            }
        }
        return n;
    }

    /// <summary>The destination size <see cref="NormalizeMatching(ReadOnlySpan{char}, Span{char})"/> may need.</summary>
    public static int RequiredLength(ReadOnlySpan<char> source)
    {
        var map = MatchingTable.Map;
        var length = 0;
        foreach (var c in source)
            length += map[c] == MatchingTable.Expand ? MatchingTable.Expansions[c].Length : 1;
        return length;
    }

    /// <summary>Matching-level fold of one character, or '\0' when the rules delete it; expansions return their first character.</summary>
    public static char FoldMatching(char c)
    {
        var m = MatchingTable.Map[c];
        if (m == MatchingTable.Surrogate)
            return c;
        return m == MatchingTable.Expand ? MatchingTable.Expansions[c][0] : m;
    }

    /// <summary>True when matching normalization leaves <paramref name="text"/> unchanged.</summary>
    public static bool IsMatchingStable(ReadOnlySpan<char> text)
    {
        var map = MatchingTable.Map;
        foreach (var c in text)
        {
            if (map[c] != c)
                return false;
        }
        return true;
    }

    /// <summary>Display-level normalization (see <see cref="NormalizationLevel.Display"/>).</summary>
    public static string NormalizeDisplay(string text)
    {
        if (IsDisplayStable(text))
            return text;
        var current = text;
        // Removing a control can bring a base letter and a combining mark together, so repeat until stable
        // (at most a few rounds; each round only shrinks or composes).
        for (var round = 0; round < 4; round++)
        {
            var next = DisplayPass(current);
            if (next == current)
                break;
            current = next;
        }
        return current;
    }

    private static string DisplayPass(string text)
    {
        var sb = new StringBuilder(text.Length);
        var needsNfkc = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                needsNfkc = true;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
                continue;
            }
            if (ArabicLetters.IsInvisibleControl(c) || c == ArabicLetters.Tatweel)
                continue;
            if (!IsNfkcStable(c))
                needsNfkc = true;
            sb.Append(c);
        }
        var result = sb.ToString();
        if (!needsNfkc)
            return result;
        result = NfkcOrReplace(result);
        // NFKC can produce tatweel (U+FE71 is tatweel with fathatan) or controls; take them out again
        if (result.AsSpan().IndexOfAny(DisplayRemoved) >= 0)
        {
            sb.Clear();
            foreach (var c in result)
            {
                if (!ArabicLetters.IsInvisibleControl(c) && c != ArabicLetters.Tatweel)
                    sb.Append(c);
            }
            result = sb.ToString();
        }
        return result;
    }

    /// <summary>
    /// NFKC; .NET refuses text with noncharacters (U+FFFE, U+FFFF, U+FDD0–FDEF), which scraped or binary input
    /// can hold, so unassigned code points become U+FFFD before a second try (and the text stays as it is if even
    /// that fails).
    /// </summary>
    private static string NfkcOrReplace(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (!char.IsSurrogate(chars[i]) && char.GetUnicodeCategory(chars[i]) == System.Globalization.UnicodeCategory.OtherNotAssigned)
                    chars[i] = '\uFFFD';
            }
            try
            {
                return new string(chars).Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                return new string(chars);
            }
        }
    }

    private static readonly SearchValues<char> DisplayRemoved = SearchValues.Create(
        "\u0640\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u061C\u00AD\u2060");

    private static bool IsDisplayStable(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || ArabicLetters.IsInvisibleControl(c) || c == ArabicLetters.Tatweel || !IsNfkcStable(c))
                return false;
        }
        return true;
    }

    /// <summary>
    /// A conservative test that NFKC leaves <paramref name="c"/> alone whatever surrounds it: ASCII, and the Arabic
    /// block except the combining hamza/madda (which compose with a preceding letter) and the compatibility letters
    /// U+0675–0678, plus the quotation marks and dashes common in Arabic news.
    /// </summary>
    private static bool IsNfkcStable(char c) =>
        c < '\u00A0'
        || (c is >= '\u0600' and <= '\u06FF' && c is not (>= '\u0653' and <= '\u0655') && c is not (>= '\u0675' and <= '\u0678'))
        || c is '«' or '»' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2022';
}
