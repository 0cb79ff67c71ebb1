using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Analysis.Names;

/// <summary>
/// English names of well-known places and organizations, used before letter-by-letter transliteration: a reader
/// looks for "Kuala Lumpur", "United Nations" and "South Korea", not "Qualalempur" or "Al-Amm al-Mateda".
/// Places come from <c>names/latin-places.tsv</c> (countries and cities, generated from the shipped geo-names
/// lexicon) and <c>names/latin-known.tsv</c> (hand-written regions and organizations). Lookups are by the name's
/// matching form, so hamza and ta-marbuta spellings find the same entry; a name's type decides the list, so a
/// person is never renamed after a town.
/// </summary>
internal sealed class KnownLatinNames
{
    private readonly FrozenDictionary<string, string> _places;
    private readonly FrozenDictionary<string, string> _organizations;

    private KnownLatinNames(FrozenDictionary<string, string> places, FrozenDictionary<string, string> organizations)
    {
        _places = places;
        _organizations = organizations;
    }

    /// <summary>The shipped lists.</summary>
    public static KnownLatinNames Default => Shipped.Value;

    private static readonly Lazy<KnownLatinNames> Shipped = new(Load);

    /// <summary>The English name of <paramref name="name"/> when it is a known entity of <paramref name="type"/> (LOC or ORG).</summary>
    public bool TryGet(string name, string? type, out string english)
    {
        english = "";
        var table = type switch
        {
            "LOC" => _places,
            "ORG" => _organizations,
            _ => null,
        };
        return table is not null && !string.IsNullOrWhiteSpace(name) && table.TryGetValue(Key(name), out english!);
    }

    private static string Key(string name) =>
        string.Join(' ', ArabicNormalizer.NormalizeMatching(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static KnownLatinNames Load()
    {
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        var organizations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("names/latin-places.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
                places.TryAdd(Key(line[..tab]), line[(tab + 1)..]);
        }
        // the hand-written list is read last so it corrects the generated one
        foreach (var line in EmbeddedData.ReadLines("names/latin-known.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length != 3)
                continue;
            var table = fields[0] == "ORG" ? organizations : places;
            table[Key(fields[1])] = fields[2];
        }
        return new KnownLatinNames(places.ToFrozenDictionary(StringComparer.Ordinal), organizations.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
