using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Marsad.Stories;
using Marsad.Training;
using Marsad.Training.Corpora;

namespace Marsad.Benchmarks.Duplicates;

/// <summary>
/// `quality duplicates [--stories GOLD.jsonl]`: precision and recall of <see cref="DuplicateIndex"/> on pairs built from
/// the corpora — ANT v1.1 texts filed under several categories, SaudiNewsNet wire copies (SPA text republished by
/// the papers), near copies already inside ANT v2.1 — and on edited copies made here from ANT v2.1 articles
/// (section_ambiguous ones first): a paragraph dropped, paragraphs reordered, boilerplate added, the tail cut.
/// Gold pairs are the constructed pairs plus every pair whose exact shingle containment (all pairs, no sampling)
/// reaches the copy threshold; predicted pairs are all pairs inside the index's copy groups.
/// Same-story articles of the story gold set are hard negatives: reports about one event that are not copies.
/// </summary>
internal static class DuplicateQuality
{
    public static int Run(string[] args)
    {
        string? stories = null;
        string? only = null;
        var options = new DuplicateIndexOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--bands" => options with { Bands = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--rows" => options with { Rows = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--containment" => options with { MinContainment = double.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => options,
            };
            if (args[i] == "--stories")
                stories = args[i + 1];
            if (args[i] == "--misses")
                ShowMisses = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--only")
                only = args[i + 1];
        }
        var v1 = AntCorpus.ReadV1(SharedDataPath.Resolve(AntCorpus.V1Folder)).Select(d => new Doc("v1:" + d.Id, d.Published, d.Text, d.Section)).ToList();
        Evaluate("ANT v1.1 (texts under several categories)", v1, [], options, null);
        if (only == "v1")
            return 0;
        var snn = ReadSaudiNewsNet(SharedDataPath.Resolve("corpus/saudinewsnet"));
        Evaluate("SaudiNewsNet 2015-08-06..09 (wire copies)", snn, [], options, null);
        var v2 = AntCorpus.ReadV2(SharedDataPath.Resolve(AntCorpus.V2Path)).ToList();
        var docs = v2.Select(d => new Doc(d.Id, d.Published, d.Text, d.Section)).ToList();
        var edited = EditedCopies.Make(v2, 3000);
        Evaluate("ANT v2.1 + 3000 edited copies", [.. docs, .. edited.Select(e => e.Copy)], edited.Select(e => (e.OriginalId, e.Copy.Id, e.Kind)).ToList(), options, stories);
        return 0;
    }

    /// <summary>Missed gold pairs printed per set (<c>--misses N</c>), with the start of both texts.</summary>
    private static int ShowMisses { get; set; }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..160] + "…";
    }

    internal sealed record Doc(string Id, DateTimeOffset? Published, string Text, string Section);

    private static void Evaluate(string name, List<Doc> docs, List<(string A, string B, string Kind)> constructed, DuplicateIndexOptions options, string? storyGold)
    {
        var fingerprints = docs.ToDictionary(d => d.Id, d => TextFingerprint.Of(d.Text), StringComparer.Ordinal);
        var index = new DuplicateIndex(options);
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var d in docs.OrderBy(d => d.Published ?? DateTimeOffset.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal))
            index.Add(d.Id, d.Published, fingerprints[d.Id]);
        var elapsed = started.Elapsed;
        // a link is the index's claim that two texts are copies; a gold pair is found when both end in one copy group
        var predicted = new HashSet<(string, string)>();
        foreach (var d in docs)
        {
            foreach (var other in index.LinksOf(d.Id))
                predicted.Add(Order(d.Id, other));
        }
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs)
            groupOf[d.Id] = index.GroupOf(d.Id)[0];
        var reference = ReferencePairs.Exact(docs, fingerprints, options);
        var gold = new Dictionary<(string, string), string>();
        foreach (var (pair, kind) in reference)
            gold[pair] = kind;
        foreach (var (a, b, kind) in constructed)
            gold[Order(a, b)] = "edited: " + kind;
        var tp = predicted.Count(gold.ContainsKey);
        bool Found((string A, string B) p) => groupOf[p.A] == groupOf[p.B];
        Console.WriteLine($"## {name}");
        Console.WriteLine($"articles {docs.Count}; gold pairs {gold.Count}; links {predicted.Count}; precision {Ratio(tp, predicted.Count)}; recall {Ratio(gold.Keys.Count(Found), gold.Count)}; indexing {elapsed.TotalMilliseconds / docs.Count:F3} ms/article");
        foreach (var kind in gold.Values.Distinct().Order(StringComparer.Ordinal))
        {
            var pairs = gold.Where(p => p.Value == kind).Select(p => p.Key).ToList();
            Console.WriteLine($"  - {kind}: {pairs.Count} pairs, recall {Ratio(pairs.Count(Found), pairs.Count)}");
        }
        var byId = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var miss in gold.Keys.Where(p => !Found(p)).OrderBy(p => p.Item1, StringComparer.Ordinal).Take(ShowMisses))
        {
            var (c, r) = DuplicateIndex.Compare(fingerprints[miss.Item1], fingerprints[miss.Item2]);
            Console.WriteLine($"  missed {miss.Item1} ({fingerprints[miss.Item1].Count} shingles, {byId[miss.Item1].Section}) ~ {miss.Item2} ({fingerprints[miss.Item2].Count} shingles, {byId[miss.Item2].Section}): containment {c:F2}, resemblance {r:F2}");
            foreach (var id in (string[])[miss.Item1, miss.Item2])
                Console.WriteLine("      " + Excerpt(byId[id].Text));
        }
        foreach (var fp in predicted.Where(p => !gold.ContainsKey(p)).Take(5))
        {
            var (c, r) = DuplicateIndex.Compare(fingerprints[fp.Item1], fingerprints[fp.Item2]);
            Console.WriteLine($"  false link {fp.Item1} ~ {fp.Item2} (containment {c:F2}, resemblance {r:F2})");
        }
        if (storyGold is not null)
        {
            var negatives = 0;
            var linked = 0;
            foreach (var line in File.ReadLines(storyGold).Where(l => l.Trim().Length > 0))
            {
                var ids = JsonDocument.Parse(line).RootElement.GetProperty("articles").EnumerateArray().Select(e => e.GetString()!).ToList();
                foreach (var a in ids)
                    foreach (var b in ids)
                    {
                        if (string.CompareOrdinal(a, b) >= 0 || gold.ContainsKey(Order(a, b)))
                            continue;
                        negatives++;
                        linked += groupOf.TryGetValue(a, out var ga) && groupOf.TryGetValue(b, out var gb) && ga == gb ? 1 : 0;
                    }
            }
            Console.WriteLine($"  same-story pairs that are not copies (hard negatives): {negatives}, linked as copies: {linked}");
        }
    }

    private static Dictionary<(string, string), string> Closure(Dictionary<(string, string), string> pairs)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
                x = p;
            return x;
        }
        foreach (var (a, b) in pairs.Keys)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
                parent[rb] = ra;
        }
        var result = new Dictionary<(string, string), string>(pairs);
        foreach (var group in parent.Keys.GroupBy(Find))
        {
            var members = group.ToList();
            foreach (var a in members)
                foreach (var b in members)
                    if (string.CompareOrdinal(a, b) < 0) result.TryAdd((a, b), "corpus: copy of a copy (transitive)");
        }
        return result;
    }

    internal static (string, string) Order(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("F4", CultureInfo.InvariantCulture);

    private static List<Doc> ReadSaudiNewsNet(string folder)
    {
        var docs = new List<Doc>();
        foreach (var zip in Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.Ordinal)))
            {
                using var stream = entry.Open();
                using var json = JsonDocument.Parse(stream);
                var i = 0;
                foreach (var a in json.RootElement.EnumerateArray())
                {
                    var source = a.GetProperty("source").GetString() ?? "";
                    var date = DateTimeOffset.TryParse(a.GetProperty("date_extracted").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : (DateTimeOffset?)null;
                    docs.Add(new Doc($"snn:{Path.GetFileNameWithoutExtension(zip)}:{i++}:{source}", date, a.GetProperty("content").GetString() ?? "", source));
                }
            }
        }
        return docs;
    }
}
