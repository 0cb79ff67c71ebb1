using System.Globalization;
using System.Text;

namespace Marsad.Training.Geo;

/// <summary>One row of jamsshhayd/world-cities-translations (CC BY 4.0) as shipped in ../shared/data/lexicons/geo-names-ar.</summary>
internal sealed record WorldCity(string CountryArabic, string CountryEnglish, string CityArabic, string CityEnglish, long Population)
{
    /// <summary>Every row of <c>world-cities.csv</c> (quoted CSV, header skipped).</summary>
    public static IEnumerable<WorldCity> ReadAll()
    {
        foreach (var line in File.ReadLines(SharedDataPath.Resolve("lexicons/geo-names-ar/world-cities.csv"), Encoding.UTF8).Skip(1))
        {
            var f = SplitCsv(line);
            if (f.Count < 5)
                continue;
            _ = long.TryParse(f[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            yield return new WorldCity(f[0].Trim(), f[1].Trim(), f[2].Trim(), f[3].Trim(), population);
        }
    }

    private static readonly string[] Prefixes = ["ولاية ", "محافظة ", "مدينة ", "إقليم ", "اقليم ", "مقاطعة ", "منطقة ", "بلدية "];

    /// <summary>
    /// The name as news writes it: spaces collapsed and an administrative prefix (ولاية، محافظة، مدينة، إقليم، مقاطعة،
    /// منطقة، بلدية) dropped — "ولاية قندهار" is "قندهار" in a dateline.
    /// </summary>
    public static string BareName(string raw)
    {
        var name = string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var prefix in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length + 2)
                name = name[prefix.Length..];
        }
        return name;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
