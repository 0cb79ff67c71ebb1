namespace Marsad.Extraction.Internal;

/// <summary>
/// The word lists extraction reads from Resources/extraction: agencies, outlets, desks, places, given names, section
/// labels and see-also labels. Every list is keyed by <see cref="TextRules.Key"/>, so spelling variants meet.
/// </summary>
internal sealed class ExtractionLexicon
{
    private static readonly Lazy<ExtractionLexicon> Instance = new(() => new ExtractionLexicon());

    private ExtractionLexicon()
    {
        foreach (var (key, spellings) in ReadTable("extraction/agencies.tsv"))
        {
            foreach (var (spelling, ambiguous) in spellings)
                Agencies.TryAdd(TextRules.Key(spelling), new NameEntry(key, ambiguous));
        }
        AgencyFirstWords = [.. Agencies.Where(a => !a.Value.Ambiguous).Select(a => a.Key.Split(' ')[0])];
        foreach (var (key, spellings) in ReadTable("extraction/outlets.tsv"))
        {
            foreach (var (spelling, ambiguous) in spellings)
            {
                var k = TextRules.Key(spelling);
                Outlets.TryAdd(k, new NameEntry(key, ambiguous));
                if (!OutletsBySource.TryGetValue(key, out var own))
                    OutletsBySource[key] = own = new HashSet<string>(StringComparer.Ordinal);
                own.Add(k);
            }
        }
        Desks = ReadKeys("extraction/desks.txt");
        MajorPlaces = ReadKeys("extraction/places-extra.txt");
        Places = ReadKeys("extraction/places-geo.txt");
        Places.UnionWith(MajorPlaces);
        GivenNames = ReadKeys("extraction/given-names.txt");
        Sections = ReadKeys("extraction/sections.txt");
        SeeAlsoLabels = [.. ReadKeys("extraction/see-also-labels.txt").OrderByDescending(l => l.Length)];
        MaxPlaceWords = Places.Max(p => p.Split(' ').Length);
    }

    public static ExtractionLexicon Default => Instance.Value;

    /// <summary>Agency spellings → agency key; ambiguous spellings (فارس، قنا) count only in a dateline slot.</summary>
    public Dictionary<string, NameEntry> Agencies { get; } = new(StringComparer.Ordinal);

    /// <summary>The first words of the unambiguous agency spellings: only a span opening with one of these can credit an agency.</summary>
    public HashSet<string> AgencyFirstWords { get; }

    /// <summary>Outlet spellings → outlet key (the dataset source id where known).</summary>
    public Dictionary<string, NameEntry> Outlets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> OutletsBySource { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Desks { get; }

    public HashSet<string> Places { get; }

    /// <summary>The hand-written places (Saudi, Arab and world cities that file news); a dateline of one slot must name one of these.</summary>
    public HashSet<string> MajorPlaces { get; }

    public int MaxPlaceWords { get; }

    public HashSet<string> GivenNames { get; }

    public HashSet<string> Sections { get; }

    /// <summary>See-also labels, longest first.</summary>
    public IReadOnlyList<string> SeeAlsoLabels { get; }

    public bool IsPlace(string key) => key.Length > 1 && Places.Contains(key);

    /// <summary>True when <paramref name="key"/> names the outlet of the document's own source ("عين اليوم" for 3alyoum).</summary>
    public bool IsOwnOutlet(string key, string? source) =>
        source is not null && OutletsBySource.TryGetValue(source, out var own) && own.Contains(key);

    private static HashSet<string> ReadKeys(string path)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines(path))
        {
            var key = TextRules.Key(line);
            if (key.Length > 0)
                keys.Add(key);
        }
        return keys;
    }

    private static IEnumerable<(string Key, List<(string Spelling, bool Ambiguous)> Spellings)> ReadTable(string path)
    {
        foreach (var line in EmbeddedData.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                continue;
            var spellings = new List<(string, bool)>();
            foreach (var s in line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                spellings.Add(s[0] == '*' ? (s[1..], true) : (s, false));
            yield return (line[..tab], spellings);
        }
    }
}
