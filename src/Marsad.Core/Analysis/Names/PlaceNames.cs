using Marsad.Text;

namespace Marsad.Analysis.Names;

/// <summary>
/// The established English names of countries and cities (names/place-latin.tsv, from geo-names: ODbL / CC BY 4.0),
/// looked up by matching normalization (hamza, alef and ta-marbuta forms folded: أستراليا، استراليا → Australia). Not by
/// <see cref="NameKey"/>: its skeleton is right for people's names but would make أوروبا Aruba and المحيط Al Mahwit.
/// A place's usual English name beats a letter-by-letter rendering: الولايات المتحدة is "United States", not
/// "Al-Wlayat al-Mateda".
/// </summary>
internal sealed class PlaceNames
{
    private readonly Dictionary<string, string> _english = new(StringComparer.Ordinal);

    internal PlaceNames(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                continue;
            var key = Key(line[..tab]);
            // the file lists countries first, then cities by population: the first reading of a key is the likelier
            if (key.Length > 0)
                _english.TryAdd(key, line[(tab + 1)..]);
        }
    }

    private static string Key(string arabic) => ArabicNormalizer.Normalize(arabic, NormalizationLevel.Matching);

    public static PlaceNames Default => Shipped.Value;

    private static readonly Lazy<PlaceNames> Shipped = new(() => new PlaceNames(EmbeddedData.ReadLines("names/place-latin.tsv")));

    /// <summary>The English name of the place spelled <paramref name="arabic"/>, or null when it is not a known place.</summary>
    public string? English(string arabic)
    {
        var key = Key(arabic);
        return key.Length > 0 && _english.TryGetValue(key, out var english) ? english : null;
    }
}
