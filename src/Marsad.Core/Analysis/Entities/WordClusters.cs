namespace Marsad.Analysis.Entities;

/// <summary>
/// Word clusters learned from unlabelled news (ANT corpus): for each normalized word its corpus frequency and its
/// cluster at three granularities (coarse, middle, fine). Words that share a cluster occur in similar contexts,
/// so a name the annotated data never saw still looks like the names it did see.
/// Resource format (clusters/*.tsv): <c>word TAB count TAB coarse TAB middle TAB fine</c>.
/// </summary>
internal sealed class WordClusters
{
    public const int Levels = 3;

    private readonly Dictionary<string, Entry> _words;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(Dictionary<string, Entry> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No clusters: every word is unknown (used to test the tagger's fallbacks).</summary>
    public static WordClusters Empty { get; } = new(new Dictionary<string, Entry>(StringComparer.Ordinal));

    public int Count => _words.Count;

    public readonly record struct Entry(int Frequency, short Coarse, short Middle, short Fine);

    public bool TryGet(ReadOnlySpan<char> word, out Entry entry) => _lookup.TryGetValue(word, out entry);

    /// <summary>Corpus frequency of a normalized word (0 when unseen or rare).</summary>
    public int Frequency(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var e) ? e.Frequency : 0;

    public static WordClusters Read(TextReader reader)
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split('\t');
            if (parts.Length != 5)
                throw new InvalidDataException($"clusters: expected 5 tab-separated fields, got '{line}'");
            words[parts[0]] = new Entry(
                int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
                short.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
                short.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture),
                short.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture));
        }
        return new WordClusters(words);
    }
}
