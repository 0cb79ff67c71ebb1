using System.Globalization;

namespace Marsad.Text;

/// <summary>
/// One flag byte per UTF-16 code unit for <see cref="SearchTermAnalyzer"/>'s fast path, derived once from the
/// rules of <see cref="ArabicTokenizer"/> and <see cref="MatchingTable"/> so that the fast path takes exactly the
/// decisions they would. A character with none of the flags goes to the general tokenizer.
/// </summary>
internal static class CharClasses
{
    /// <summary>Gives no term and is a token of its own or nothing: whitespace, controls, a lone punctuation mark.</summary>
    public const byte Skip = 1;

    /// <summary>An Arabic letter that starts a word and folds to one Arabic letter (أ → ا, ة → ه, ى → ي).</summary>
    public const byte Letter = 2;

    /// <summary>A mark inside an Arabic word that matching removes: harakat, Quranic marks, tatweel (not the combining hamza).</summary>
    public const byte Mark = 4;

    /// <summary>Ends a word: the tokenizer never continues a word over it.</summary>
    public const byte Break = 8;

    /// <summary>The folded letter packs into a <see cref="PackedWordTable"/> key (ء … ي).</summary>
    public const uint Packs = 16;

    /// <summary>The letter is an alef maksura (ى, or one of its presentation forms), which some stop words need.</summary>
    public const uint AlefMaksura = 32;

    public static readonly byte[] Table = Build();

    /// <summary>
    /// The fast path's one lookup per character: the flags (low byte, with <see cref="Packs"/> and
    /// <see cref="AlefMaksura"/>), the matching-normalized character (<see cref="MatchingTable.Map"/>, bits 8–23)
    /// and its <see cref="PackedWordTable.Code"/> (bits 24–29).
    /// </summary>
    public static readonly uint[] Folded = BuildFolded();

    private static uint[] BuildFolded()
    {
        var folded = new uint[65536];
        var map = MatchingTable.Map;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = (char)i;
            uint entry = Table[i];
            var code = (uint)PackedWordTable.Code(map[c]);
            if ((entry & Letter) != 0 && code != 0)
                entry |= Packs;
            if (c is ArabicLetters.AlefMaksura or '\uFEEF' or '\uFEF0')
                entry |= AlefMaksura;
            folded[i] = entry | ((uint)map[c] << 8) | (code << 24);
        }
        return folded;
    }

    private static byte[] Build()
    {
        var table = new byte[65536];
        var map = MatchingTable.Map;
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            var m = map[c];
            byte flags = 0;
            if (char.IsWhiteSpace(c) || ArabicLetters.IsInvisibleControl(c) || IsLonePunctuation(c))
                flags |= Skip;
            if (ArabicLetters.IsLetter(c) && char.IsLetter(c) && m is not (MatchingTable.Delete or MatchingTable.Expand or MatchingTable.Surrogate)
                && ArabicLetters.IsLetter(m))
                flags |= Letter;
            if ((ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel) && m == MatchingTable.Delete && c != '\u0654' && !ArabicLetters.IsLetter(c))
                flags |= Mark;
            if (!ContinuesWord(c))
                flags |= Break;
            table[i] = flags;
        }
        return table;
    }

    /// <summary>Characters the tokenizer turns into a one-character punctuation token (which gives no term).</summary>
    private static bool IsLonePunctuation(char c) =>
        !char.IsAsciiLetterOrDigit(c) && c is not ('#' or '@') && ArabicLetters.DigitValue(c) < 0 && !char.IsLetter(c) && !char.IsSurrogate(c);

    /// <summary>Everything <see cref="ArabicTokenizer"/> may keep inside a word, whatever follows (a superset).</summary>
    private static bool ContinuesWord(char c) =>
        ArabicLetters.IsLetter(c) || ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel
            || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || char.IsLetter(c) || c is '\u200C' or '\u200D'
            || ArabicLetters.DigitValue(c) >= 0 || char.IsSurrogate(c) || c is '\'' or '\u2019';
}
