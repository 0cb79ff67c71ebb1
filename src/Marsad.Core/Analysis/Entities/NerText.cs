using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>The form of a token the tagger's features and lexicons see: matching-normalized, every digit written 0.</summary>
internal static class NerText
{
    /// <summary>Matching normalization (<see cref="ArabicNormalizer"/>) with digits folded to 0, so years and counts share features.</summary>
    public static string Normalize(string token)
    {
        var norm = ArabicNormalizer.NormalizeMatching(token);
        var digit = norm.AsSpan().IndexOfAnyInRange('1', '9');
        if (digit < 0)
            return norm;
        return string.Create(norm.Length, norm, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
                span[i] = s[i] is >= '1' and <= '9' ? '0' : s[i];
        });
    }

    /// <summary>
    /// The word without harakat and tatweel, nothing else folded: for the hand-written word lists that are compared as
    /// written (name-edges.txt, given-names.txt). Matching normalization would make بأن the name بان (Ban) and الآن the
    /// name آلان (Alan), so those lists spell each variant they mean.
    /// </summary>
    public static string WithoutMarks(string word) => word.Any(IsMark) ? string.Concat(word.Where(c => !IsMark(c))) : word;

    private static bool IsMark(char c) => ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel;

    /// <summary>Normalized tokens of a phrase as a lexicon entry is written (split with <see cref="ArabicTokenizer"/>).</summary>
    public static string[] NormalizePhrase(string phrase)
    {
        var tokens = ArabicTokenizer.Tokenize(phrase);
        var result = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            result[i] = Normalize(tokens[i].Text(phrase));
        return result;
    }
}
