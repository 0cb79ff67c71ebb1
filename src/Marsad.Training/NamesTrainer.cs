using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis.Names;

namespace Marsad.Training;

/// <summary>
/// <c>names</c>: rebuilds the corpus and gazetteer evidence of the name key (Resources/names/contested-roots.txt,
/// contested-finals.txt, places-with-article.txt) from the ANT corpora (Apache-2.0) and geo-names (ODbL / CC BY 4.0).
/// SaudiNewsNet is not read: it is for evaluation only.
/// </summary>
internal sealed class NamesTrainer : ITrainer
{
    private const int MinCount = 10;
    private const double MinShare = 0.05;

    public string Description => "name-key evidence: contested roots and finals (ANT corpora), places with الـ (geo-names)";

    public int Run(string[] args)
    {
        var output = args.Length > 0 ? args[0] : Path.Combine("src", "Marsad.Core", "Resources", "names");
        var counts = CorpusWordCounts.Count(Console.Error);
        Console.Error.WriteLine($"names: {counts.Count:N0} folded word types");
        var bare = new NameKeyBuilder(NameEvidence.HandWritten, NativePatterns.Default);

        var roots = ContestedRoots(counts, bare);
        var finals = ContestedFinals(counts, bare);
        var places = PlacesWithArticle();
        Write(Path.Combine(output, "contested-roots.txt"), roots,
            "Root skeletons shared by two or more frequent words that fit a native name pattern (ANT corpora, derived).");
        Write(Path.Combine(output, "contested-finals.txt"), finals,
            "Skeletons written with and without a final alef by different frequent words (ANT corpora, derived).");
        Write(Path.Combine(output, "places-with-article.txt"), places,
            "Place names with the article (geo-names: mledoze/countries ODbL, world-cities-translations CC BY 4.0).");
        Console.Error.WriteLine($"names: {roots.Count} contested roots, {finals.Count} contested finals, {places.Count} places with الـ");
        return 0;
    }

    private static List<string> ContestedRoots(Dictionary<string, long> counts, NameKeyBuilder builder)
    {
        var groups = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var (word, n) in counts)
        {
            if (n < MinCount || !builder.FitsNativePattern(word))
                continue;
            var root = NameKeyBuilder.RootSkeleton(word);
            if (!groups.TryGetValue(root, out var list))
                groups[root] = list = [];
            list.Add(n);
        }
        return [.. groups.Where(g => Rivals(g.Value)).Select(g => g.Key).Order(StringComparer.Ordinal)];
    }

    private static bool Rivals(List<long> counts)
    {
        if (counts.Count < 2)
            return false;
        counts.Sort();
        return counts[^2] >= MinShare * counts[^1];
    }

    private static List<string> ContestedFinals(Dictionary<string, long> counts, NameKeyBuilder builder)
    {
        var with = new Dictionary<string, long>(StringComparer.Ordinal);
        var without = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (word, n) in counts)
        {
            if (n < MinCount || word.Length < 4)
                continue;
            var last = word[^1];
            if (last == NameSpelling.Alef && !NameSpelling.IsVowelLetter(word[^2]))
                Max(with, builder.Skeleton([new NamePart(word[..^1], false)], finalAlefRule: false), n);
            else if (!NameSpelling.IsVowelLetter(last) && last != NameSpelling.Heh)
                Max(without, builder.Skeleton([new NamePart(word, false)], finalAlefRule: false), n);
        }
        return [.. with.Where(p => without.TryGetValue(p.Key, out var other) && Math.Min(p.Value, other) >= MinShare * Math.Max(p.Value, other))
            .Select(p => p.Key).Order(StringComparer.Ordinal)];
    }

    private static void Max(Dictionary<string, long> map, string key, long n)
    {
        if (!map.TryGetValue(key, out var current) || current < n)
            map[key] = n;
    }

    private static List<string> PlacesWithArticle()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(SharedDataPath.Resolve("lexicons/geo-names-ar/mledoze_countries.json"))))
        {
            foreach (var country in json.RootElement.EnumerateArray())
            {
                if (!country.TryGetProperty("translations", out var t) || !t.TryGetProperty("ara", out var ara))
                    continue;
                foreach (var field in new[] { "common", "official" })
                {
                    if (ara.TryGetProperty(field, out var v) && v.GetString() is { } s)
                        names.Add(s);
                }
            }
        }
        foreach (var line in File.ReadLines(SharedDataPath.Resolve("lexicons/geo-names-ar/world-cities.csv")).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length >= 3)
            {
                names.Add(fields[0].Trim('"', '\uFEFF'));
                names.Add(fields[2].Trim('"'));
            }
        }
        return [.. names.Select(NameSpelling.Fold)
            .Where(n => n.Split(' ').Any(w => w.Length > 2 && w.StartsWith("ال", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static void Write(string path, List<string> lines, string header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# " + header);
        writer.WriteLine("# Rebuild: dotnet run -c Release --project src/Marsad.Training -- names");
        foreach (var line in lines)
            writer.WriteLine(line);
    }
}
