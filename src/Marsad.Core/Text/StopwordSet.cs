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
    /// <summary>Table value bit: a keep-list word.</summary>
    private const int Kept = 4;

    private readonly Dictionary<string, StopKind> _words;

    /// <summary>Stop kind (low bits) and <see cref="Kept"/> of every listed word: the stemmer asks several times per word.</summary>
    private readonly WordTable _table;

    private StopwordSet(Dictionary<string, StopKind> words, HashSet<string> kept)
    {
        _words = words;
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, kind) in words)
            values[word] = (int)kind;
        foreach (var word in kept)
            values[word] = values.GetValueOrDefault(word) | Kept;
        _table = new WordTable([.. values.Select(kv => (kv.Key, "", kv.Value))]);
    }

    /// <summary>The shipped stop words.</summary>
    public static StopwordSet Shipped { get; } = Load();

    /// <summary>Number of normalized stop words.</summary>
    public int Count => _words.Count;

    /// <summary>How <paramref name="normalizedWord"/> (matching-normalized) stops, if at all.</summary>
    public StopKind Classify(ReadOnlySpan<char> normalizedWord) =>
        (StopKind)(_table.ValueOf(default, normalizedWord, default) & ~Kept);

    /// <summary>
    /// <see cref="Classify"/> and <see cref="IsKept"/> in one lookup (the stemmer asks both of every word it sees).
    /// </summary>
    public StopKind Classify(ReadOnlySpan<char> normalizedWord, out bool kept)
    {
        var value = _table.ValueOf(default, normalizedWord, default);
        kept = (value & Kept) != 0;
        return (StopKind)(value & ~Kept);
    }

    /// <summary>True for the content words of <c>stopwords/keep.txt</c>: whole words, never split into clitics.</summary>
    public bool IsKept(ReadOnlySpan<char> normalizedWord) => (_table.ValueOf(default, normalizedWord, default) & Kept) != 0;

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
