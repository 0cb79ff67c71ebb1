using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marsad.Benchmarks.Names;

/// <summary>One real-world name and its spellings (a gold "cluster" record).</summary>
/// <param name="NeedsContext">The spellings need the article around them; the cluster takes no part in scoring.</param>
/// <param name="ShortFormOnly">Only short forms of a full name: no same-key pairs are asked of it.</param>
internal sealed record VariantCluster(string English, string Type, List<string> Spellings, bool NeedsContext = false, bool ShortFormOnly = false);

/// <summary>
/// A name-variant gold set in the format of ../shared/data/gold/name-variants-dev.jsonl, and the pairwise measure
/// of ../shared/tools/score_names.py over it, computed the same way: recall over every two spellings of a judged
/// cluster; false merges over the first spellings of every two clusters without shared spellings and over the
/// distinct pairs; precision = same-key true pairs / all same-key judged pairs.
/// </summary>
internal sealed class VariantGold(List<VariantCluster> clusters, List<(string A, string B)> distinct)
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public List<VariantCluster> Clusters { get; } = clusters;

    public List<(string A, string B)> Distinct { get; } = distinct;

    public static VariantGold Read(string path)
    {
        var clusters = new List<VariantCluster>();
        var distinct = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (r.GetProperty("kind").GetString() == "cluster")
            {
                var kinds = r.TryGetProperty("variant_kind", out var k) && k.ValueKind == JsonValueKind.Array
                    ? k.EnumerateArray().Select(e => e.GetString()).Distinct().ToList() : [];
                clusters.Add(new VariantCluster(
                    r.GetProperty("canonical_en").GetString() ?? "",
                    r.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "",
                    [.. r.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("text").GetString() ?? "")],
                    r.TryGetProperty("needs_context", out var n) && n.ValueKind == JsonValueKind.True,
                    kinds is ["short_form"]));
            }
            else
            {
                distinct.Add((r.GetProperty("a").GetString() ?? "", r.GetProperty("b").GetString() ?? ""));
            }
        }
        return new VariantGold(clusters, distinct);
    }

    /// <summary>Writes the set in the gold format, so score_names.py can score `marsad names` on it.</summary>
    public void Write(string path)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var c in Clusters)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                kind = "cluster",
                canonical_en = c.English,
                type = c.Type,
                variants = c.Spellings.Select(s => new { text = s }),
                needs_context = c.NeedsContext,
            }, Unescaped));
        }
        foreach (var (a, b) in Distinct)
            writer.WriteLine(JsonSerializer.Serialize(new { kind = "distinct", a, b }, Unescaped));
    }

    /// <summary>The pairwise measure, with the split pairs and false merges listed for reading.</summary>
    public VariantScore Score(Func<string, string> key)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string s)
        {
            if (!keys.TryGetValue(s, out var k))
                keys[s] = k = key(s);
            return k;
        }
        int tp = 0, fn = 0;
        var split = new List<(string, string)>();
        var merged = new List<(string, string)>();
        foreach (var c in Clusters)
        {
            if (c.NeedsContext || c.ShortFormOnly)
                continue;
            for (var i = 0; i < c.Spellings.Count; i++)
            {
                for (var j = i + 1; j < c.Spellings.Count; j++)
                {
                    if (Key(c.Spellings[i]) == Key(c.Spellings[j]))
                    {
                        tp++;
                    }
                    else
                    {
                        fn++;
                        split.Add((c.Spellings[i], c.Spellings[j]));
                    }
                }
            }
        }
        var plain = Clusters.Where(c => !c.NeedsContext).ToList();
        for (var i = 0; i < plain.Count; i++)
        {
            var first = plain[i].Spellings[0];
            var own = new HashSet<string>(plain[i].Spellings, StringComparer.Ordinal);
            for (var j = i + 1; j < plain.Count; j++)
            {
                if (plain[j].Spellings.Any(own.Contains))
                    continue;
                if (Key(first) == Key(plain[j].Spellings[0]))
                    merged.Add((first, plain[j].Spellings[0]));
            }
        }
        foreach (var (a, b) in Distinct)
        {
            if (Key(a) == Key(b))
                merged.Add((a, b));
        }
        return new VariantScore(tp, fn, split, merged);
    }
}

/// <summary>The result of <see cref="VariantGold.Score"/>.</summary>
internal sealed record VariantScore(int TruePairs, int SplitPairs, List<(string A, string B)> Split, List<(string A, string B)> Merged)
{
    public double Precision => (double)TruePairs / Math.Max(TruePairs + Merged.Count, 1);

    public double Recall => (double)TruePairs / Math.Max(TruePairs + SplitPairs, 1);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"same pairs {TruePairs + SplitPairs}, precision {Precision:F4}, recall {Recall:F4}, false merges {Merged.Count}");
}
