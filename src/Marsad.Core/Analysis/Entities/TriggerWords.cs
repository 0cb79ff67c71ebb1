namespace Marsad.Analysis.Entities;

/// <summary>
/// Words that announce a name of a given kind: titles before persons (الرئيس، وزير), heads of organisation names
/// (شركة، جامعة، حزب), heads of place names (مدينة، محافظة), reporting verbs after which a speaker follows (قال).
/// Resource format (gazetteers/triggers.tsv): <c>CATEGORY TAB word</c>.
/// </summary>
internal sealed class TriggerWords
{
    private readonly Dictionary<string, byte> _words;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _categories = [];

    public TriggerWords() : this(new Dictionary<string, byte>(StringComparer.Ordinal))
    {
    }

    private TriggerWords(Dictionary<string, byte> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The category (1-based) of a normalized word, 0 when it is no trigger.</summary>
    public int CategoryOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var c) ? c : 0;

    /// <summary>The category (1-based) named <paramref name="name"/> in the resource (LOCHEAD…), 0 when it has none.</summary>
    public int CategoryNamed(string name) => _categories.IndexOf(name) + 1;

    public void Read(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                throw new InvalidDataException($"triggers: expected 'CATEGORY<TAB>word', got '{line}'");
            var category = line[..tab];
            var index = _categories.IndexOf(category);
            if (index < 0)
            {
                _categories.Add(category);
                index = _categories.Count - 1;
            }
            _words[NerText.Normalize(line[(tab + 1)..].Trim())] = (byte)(index + 1);
        }
    }
}
