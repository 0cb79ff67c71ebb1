namespace Marsad.Text;

/// <summary>
/// Marsad's stop words: the union of the shipped MIT lists (<c>stopwords/mohataher.txt</c>,
/// <c>stopwords/stopwords-iso.txt</c>), matching-normalized like every term (the lists mix أ/ا, ى/ي and harakat),
/// without the content words in <c>stopwords/keep.txt</c> (months, currencies, name parts such as أبو and بن).
/// Words in <c>stopwords/alef-maksura.txt</c> (على, إلى) are stop words only when written with ى, because
/// normalization folds them into names and nouns (علي, آلي).
/// </summary>
internal sealed class StopwordSet
{
    private readonly Dictionary<string, StopKind> _words;
    private readonly Dictionary<string, StopKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _kept;

    private StopwordSet(Dictionary<string, StopKind> words, HashSet<string> kept)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _kept = kept.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped stop words.</summary>
    public static StopwordSet Shipped { get; } = Load();

    /// <summary>Number of normalized stop words.</summary>
    public int Count => _words.Count;

    /// <summary>How <paramref name="normalizedWord"/> (matching-normalized) stops, if at all.</summary>
    public StopKind Classify(ReadOnlySpan<char> normalizedWord) =>
        _lookup.TryGetValue(normalizedWord, out var kind) ? kind : StopKind.None;

    /// <summary>True for the content words of <c>stopwords/keep.txt</c>: whole words, never split into clitics.</summary>
    public bool IsKept(ReadOnlySpan<char> normalizedWord) => _kept.Contains(normalizedWord);

    /// <summary>True if <paramref name="normalizedWord"/> is a stop word however it is spelled.</summary>
    public bool IsAlways(ReadOnlySpan<char> normalizedWord) => Classify(normalizedWord) == StopKind.Always;

    private static StopwordSet Load()
    {
        var words = new Dictionary<string, StopKind>(StringComparer.Ordinal);
        foreach (var file in (ReadOnlySpan<string>)["stopwords/mohataher.txt", "stopwords/stopwords-iso.txt"])
        {
            foreach (var line in EmbeddedData.ReadLines(file))
            {
                // multi-word entries (لا سيما) cannot match a single token
                if (line.Contains(' ', StringComparison.Ordinal))
                    continue;
                var word = ArabicNormalizer.NormalizeMatching(line);
                if (IsWord(word))
                    words[word] = StopKind.Always;
            }
        }
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("stopwords/keep.txt"))
        {
            var word = ArabicNormalizer.NormalizeMatching(line);
            words.Remove(word);
            kept.Add(word);
        }
        foreach (var line in EmbeddedData.ReadLines("stopwords/alef-maksura.txt"))
            words[ArabicNormalizer.NormalizeMatching(line)] = StopKind.OnlyWithAlefMaksura;
        return new StopwordSet(words, kept);
    }

    // the lists carry a few artefacts ("ا?", "و6"); a stop word is made of letters
    private static bool IsWord(string word)
    {
        if (word.Length == 0)
            return false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
                return false;
        }
        return true;
    }
}
