namespace Marsad.Text;

/// <summary>
/// Turns text into search terms: tokens → matching normalization → stop words out → light stemming.
/// The same analyzer runs at index and at query time on every backend, so a query means the same thing everywhere.
/// </summary>
public sealed class SearchTermAnalyzer
{
    private readonly HashSet<string> _stopwords;

    /// <summary>The analyzer with Marsad's shipped stop words.</summary>
    public static SearchTermAnalyzer Default { get; } = new(LoadStopwords());

    private SearchTermAnalyzer(HashSet<string> stopwords) => _stopwords = stopwords;

    /// <summary>True if <paramref name="normalizedWord"/> (matching-normalized) is a stop word.</summary>
    public bool IsStopword(string normalizedWord) => _stopwords.Contains(normalizedWord);

    /// <summary>The search terms of <paramref name="text"/>, in order.</summary>
    public List<string> GetTerms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
            return terms;
        foreach (var token in ArabicTokenizer.Enumerate(text))
        {
            if (token.Kind is TokenKind.Punctuation or TokenKind.Url or TokenKind.Email)
                continue;
            var term = ArabicNormalizer.NormalizeMatching(token.Text(text));
            if (token.Kind == TokenKind.Hashtag || token.Kind == TokenKind.Mention)
                term = term[1..].Replace('_', ' ');
            if (term.Length == 0 || _stopwords.Contains(term))
                continue;
            terms.Add(Stem(term));
        }
        return terms;
    }

    private static string Stem(string word)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["وال", "بال", "كال", "فال", "لل", "ال"])
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= 3)
                return word[prefix.Length..];
        }
        return word;
    }

    private static HashSet<string> LoadStopwords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in (ReadOnlySpan<string>)["stopwords/mohataher.txt", "stopwords/stopwords-iso.txt"])
        {
            foreach (var line in EmbeddedData.ReadLines(file))
                set.Add(ArabicNormalizer.NormalizeMatching(line));
        }
        set.Remove("");
        return set;
    }
}
