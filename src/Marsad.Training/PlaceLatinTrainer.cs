using System.Text;
using System.Text.Json;

namespace Marsad.Training;

/// <summary>
/// <c>place-latin</c>: writes Resources/names/place-latin.tsv, the English names of countries and cities keyed by
/// their Arabic names, from mledoze/countries (ODbL: translations.ara common/official → name.common) and
/// jamsshhayd/world-cities-translations (CC BY 4.0: CountryNameAr/CityNameAr → CountryNameEn/CityNameEn).
/// A place's established English name beats any letter-by-letter rendering (الولايات المتحدة → United States).
/// Countries first, then cities by population; the first English name of an Arabic name wins.
/// </summary>
internal sealed class PlaceLatinTrainer : ITrainer
{
    public string Description => "English names of countries and cities by Arabic name (geo-names; ODbL / CC BY 4.0)";

    public int Run(string[] args)
    {
        var output = args.Length >= 2 && args[0] == "--out" ? args[1] : Path.Combine("src", "Marsad.Core", "Resources", "names", "place-latin.tsv");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string arabic, string english)
        {
            arabic = arabic.Trim();
            english = english.Trim();
            if (arabic.Length < 2 || english.Length < 2 || arabic.Contains('\t', StringComparison.Ordinal) || english.Contains('\t', StringComparison.Ordinal) || !names.TryAdd(arabic, english))
                return;
            order.Add(arabic);
        }

        using (var doc = JsonDocument.Parse(File.ReadAllText(SharedDataPath.Resolve("lexicons/geo-names-ar/mledoze_countries.json"))))
        {
            foreach (var country in doc.RootElement.EnumerateArray())
            {
                if (!country.TryGetProperty("translations", out var t) || !t.TryGetProperty("ara", out var ara)
                    || country.GetProperty("name").GetProperty("common").GetString() is not { } english)
                    continue;
                foreach (var field in new[] { "common", "official" })
                {
                    if (ara.TryGetProperty(field, out var v) && v.GetString() is { } arabic)
                        Add(arabic, english);
                }
            }
        }
        var cities = new List<(string Arabic, string English, long Population)>();
        foreach (var line in File.ReadLines(SharedDataPath.Resolve("lexicons/geo-names-ar/world-cities.csv")).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length < 5)
                continue;
            Add(f[0].Trim('"', '\uFEFF'), f[1].Trim('"'));
            _ = long.TryParse(f[4].Trim('"'), System.Globalization.CultureInfo.InvariantCulture, out var population);
            cities.Add((f[2].Trim('"'), f[3].Trim('"'), population));
        }
        foreach (var (arabic, english, _) in cities.OrderByDescending(c => c.Population))
            Add(arabic, english);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# Arabic place name<TAB>English name: mledoze/countries (ODbL) and jamsshhayd/world-cities-translations (CC BY 4.0)");
        writer.WriteLine("# rebuilt by: dotnet run -c Release --project src/Marsad.Training -- place-latin");
        foreach (var arabic in order)
            writer.WriteLine(arabic + "\t" + names[arabic]);
        Console.Error.WriteLine($"place-latin: wrote {order.Count} names to {output}");
        return 0;
    }
}
