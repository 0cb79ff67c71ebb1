using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// The linguistic data of quotation finding, loaded once from Resources/quotes/: reporting cues with their forms,
/// titles, honorifics, function and time words, name parts, outlets, framing adjuncts and postposed openers.
/// Every entry is folded with <see cref="Fold"/> (matching normalization) so lookups see through hamza seats,
/// ى/ي, ة/ه, tatweel and harakat.
/// </summary>
internal sealed partial class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> Shared = new(Load);

    /// <summary>The lexicon built from the embedded resources.</summary>
    public static QuoteLexicon Default => Shared.Value;

    public required FrozenDictionary<string, CueWord> Cues { get; init; }

    public required FrozenSet<string> Titles { get; init; }

    public required IReadOnlyList<string[]> Honorifics { get; init; }

    public required FrozenSet<string> FunctionWords { get; init; }

    public required FrozenSet<string> TimeWords { get; init; }

    public required FrozenSet<string> Connectors { get; init; }

    public required FrozenSet<string> GivenNames { get; init; }

    public required FrozenSet<string> CommonNouns { get; init; }

    public required FrozenSet<string> DescriptionHeads { get; init; }

    public required FrozenSet<string> OutletHeads { get; init; }

    public required IReadOnlyList<string[]> OutletNames { get; init; }

    public required IReadOnlyList<string[]> QuotedOutletNames { get; init; }

    public required FrozenSet<string> NotOutlets { get; init; }

    public required IReadOnlyList<(string[] Words, bool Always)> Adjuncts { get; init; }

    public required IReadOnlyList<string[]> PostposedOpeners { get; init; }

    public required IReadOnlyList<string[]> FramePhrases { get; init; }

    /// <summary>The folded key of مسؤولية (the object of حمّل).</summary>
    public static readonly string Responsibility = Fold("مسؤولية");

    /// <summary>Matching-level fold of a word: the key every lookup uses.</summary>
    public static string Fold(string word) => ArabicNormalizer.NormalizeMatching(word);

    /// <summary>The word without a leading conjunction و/ف (when something is left).</summary>
    public static string StripConjunction(string key) =>
        key.Length > 2 && key[0] is 'و' or 'ف' ? key[1..] : key;

    /// <summary>The word without the article (ال, or لل for ل+ال).</summary>
    public static string StripArticle(string key)
    {
        if (key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal))
            return key[2..];
        if (key.Length > 3 && key.StartsWith("لل", StringComparison.Ordinal))
            return key[2..];
        return key;
    }

    /// <summary>True for a definite word: ال…, لل… or بال….</summary>
    public static bool IsDefinite(string key) =>
        (key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal))
        || (key.Length > 3 && key.StartsWith("لل", StringComparison.Ordinal))
        || (key.Length > 4 && (key.StartsWith("بال", StringComparison.Ordinal) || key.StartsWith("وال", StringComparison.Ordinal)
            || key.StartsWith("فال", StringComparison.Ordinal) || key.StartsWith("كال", StringComparison.Ordinal)));

    /// <summary>Finds the cue a word is a form of, through a leading و/ف and, for verbal nouns, ب/ل.</summary>
    public bool TryCue(string key, out CueWord cue, out int prefixLetters)
    {
        prefixLetters = 0;
        if (Cues.TryGetValue(key, out cue!))
            return true;
        var rest = key;
        if (rest.Length > 2 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            prefixLetters = 1;
            if (Cues.TryGetValue(rest, out cue!))
                return true;
        }
        if (rest.Length > 3 && rest[0] is 'ب' or 'ل' && Cues.TryGetValue(rest[1..], out cue!) && cue.Form == CueForm.Noun)
        {
            prefixLetters++;
            return true;
        }
        cue = null!;
        prefixLetters = 0;
        return false;
    }

    /// <summary>True for a title or role word, with or without و, the article or an attached pronoun (ومندوبها).</summary>
    public bool IsTitle(string key)
    {
        if (IsTitleCore(key))
            return true;
        var bare = StripConjunction(key);
        return bare.Length != key.Length && IsTitleCore(bare);
    }

    private bool IsTitleCore(string key)
    {
        var noArticle = StripArticle(key);
        if (Titles.Contains(noArticle))
            return true;
        // the construct plural: ممثلو/ممثلي، مسؤولو/مسؤولي (never with the article: العريفي is a surname, not العريف)
        if (noArticle.Length == key.Length && noArticle.Length > 4 && noArticle[^1] is 'و' or 'ي' && Titles.Contains(noArticle[..^1]))
            return true;
        foreach (var suffix in PronounSuffixes)
        {
            if (noArticle.Length > suffix.Length + 2 && noArticle.EndsWith(suffix, StringComparison.Ordinal)
                && Titles.Contains(noArticle[..^suffix.Length]))
                return true;
        }
        return false;
    }

    private static readonly string[] PronounSuffixes = ["ها", "هم", "ه"];

    public bool IsFunctionWord(string key) => FunctionWords.Contains(key) || FunctionWords.Contains(StripConjunction(key));

    public bool IsTimeWord(string key) => TimeWords.Contains(key) || TimeWords.Contains(StripConjunction(key));

    public bool IsConnector(string key) => Connectors.Contains(key);

    /// <summary>A noun that heads a description (والد، وزارة، معهد). Not any word in ة: women's names end in it too (نجية، فاطمة).</summary>
    public bool IsDescriptionHead(string key)
    {
        var bare = StripConjunction(key);
        return DescriptionHeads.Contains(bare);
    }

    public bool IsGivenName(string key) => GivenNames.Contains(key) || GivenNames.Contains(StripConjunction(key));

    /// <summary>True for an everyday noun that opens an object, with or without the article, ب/ل or a pronoun.</summary>
    public bool IsCommonNoun(string key)
    {
        var k = StripArticle(key);
        if (CommonNouns.Contains(k))
            return true;
        if (k.Length > 3 && k[0] is 'ب' or 'ل' && CommonNouns.Contains(StripArticle(k[1..])))
            return true;
        foreach (var suffix in PronounSuffixes)
        {
            if (k.Length > suffix.Length + 2 && k.EndsWith(suffix, StringComparison.Ordinal) && CommonNouns.Contains(k[..^suffix.Length]))
                return true;
        }
        return false;
    }
}
