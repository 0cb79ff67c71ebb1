namespace Marsad.Analysis.Names;

/// <summary>Title heads and honorifics (names/titles.txt) and the words a title cannot contain (names/title-breaks.txt), folded.</summary>
internal sealed class TitleLexicon
{
    public TitleLexicon(IEnumerable<string> heads, IEnumerable<string> breaks)
    {
        Heads = new HashSet<string>(heads.Select(NameSpelling.Fold), StringComparer.Ordinal);
        Breaks = new HashSet<string>(breaks.Select(NameSpelling.Fold), StringComparer.Ordinal);
    }

    public static TitleLexicon Default => Shipped.Value;

    private static readonly Lazy<TitleLexicon> Shipped = new(() =>
        new TitleLexicon(EmbeddedData.ReadLines("names/titles.txt"), EmbeddedData.ReadLines("names/title-breaks.txt")));

    public HashSet<string> Heads { get; }

    public HashSet<string> Breaks { get; }

    /// <summary>True when the word, with or without one leading و/ف/ب/ل, starts a title.</summary>
    public bool IsHead(string word)
    {
        var folded = NameSpelling.Fold(word);
        if (Heads.Contains(folded))
            return true;
        return folded.Length > 3 && folded[0] is 'و' or 'ف' or 'ب' or 'ل' && Heads.Contains(folded[1..]);
    }

    /// <summary>True when the word cannot be inside a title.</summary>
    public bool IsBreak(string word)
    {
        var folded = NameSpelling.Fold(word);
        return Breaks.Contains(folded) || (folded.Length > 2 && folded[0] is 'و' or 'ف' && Breaks.Contains(folded[1..]));
    }
}
