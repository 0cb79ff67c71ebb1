using System.Text.Json;

namespace Marsad.Training.Ner;

/// <summary>
/// Arabic country and city names for the LOC gazetteer: mledoze/countries (ODbL; translations.ara common and
/// official names) and jamsshhayd/world-cities-translations (CC BY 4.0; CountryNameAr, CityNameAr). A city
/// written with its administrative head ("ولاية قندهار") is listed with and without it.
/// </summary>
internal static class GeoNames
{
    private static readonly string[] Heads = ["ولاية ", "محافظة ", "مقاطعة ", "إقليم ", "منطقة ", "مدينة "];

    public static SortedSet<string> Read(string countriesJson, string citiesCsv)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        using (var doc = JsonDocument.Parse(File.ReadAllText(countriesJson)))
        {
            foreach (var country in doc.RootElement.EnumerateArray())
            {
                if (!country.TryGetProperty("translations", out var t) || !t.TryGetProperty("ara", out var ara))
                    continue;
                foreach (var field in new[] { "common", "official" })
                {
                    if (ara.TryGetProperty(field, out var v) && v.GetString() is { Length: > 0 } name)
                        AddName(names, name);
                }
            }
        }
        foreach (var line in File.ReadLines(citiesCsv).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 4)
                continue;
            AddName(names, fields[0].Trim('"', '\uFEFF'));
            AddName(names, fields[2].Trim('"'));
        }
        return names;
    }

    private static void AddName(SortedSet<string> names, string name)
    {
        name = name.Trim();
        if (name.Length < 2)
            return;
        names.Add(name);
        foreach (var head in Heads)
        {
            if (name.StartsWith(head, StringComparison.Ordinal) && name.Length > head.Length + 1)
                names.Add(name[head.Length..]);
        }
    }
}
