using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Analysis.Keywords;
using Marsad.Stories;
using Marsad.Training;
using Marsad.Training.Corpora;

namespace Marsad.Benchmarks.Stories;

/// <summary>
/// `quality stories GOLD.jsonl [UNCERTAIN.txt] [--from D --to D] [--threshold T] [--window DAYS] [--out PRED.json]`:
/// clusters ANT v2.1 articles of the gold window (plus three days either side, as a running system would have seen
/// them) in publication order, writes `stories --json` output and scores it with ../shared/tools/score_stories.py.
/// </summary>
internal static class StoryQuality
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: quality stories GOLD.jsonl [UNCERTAIN.txt] [--threshold T] [--window DAYS] [--out PRED.json]");
            return 2;
        }
        var gold = args[0];
        var uncertain = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var options = new StoryClustererOptions();
        var output = Path.Combine(Path.GetTempPath(), "marsad-stories-pred.json");
        string? dump = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--threshold": options = options with { MinSimilarity = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--window": options = options with { Window = TimeSpan.FromDays(double.Parse(args[++i], CultureInfo.InvariantCulture)) }; break;
                case "--out": output = args[++i]; break;
                case "--dump": dump = args[++i]; break;
            }
        }
        var goldIds = File.ReadLines(gold).Where(l => l.Trim().Length > 0)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("articles").EnumerateArray().Select(e => e.GetString()!))
            .ToHashSet(StringComparer.Ordinal);
        var all = AntCorpus.ReadV2(SharedDataPath.Resolve(AntCorpus.V2Path)).Where(d => d.Published is not null).ToList();
        var inGold = all.Where(d => goldIds.Contains(d.Id)).ToList();
        var from = inGold.Min(d => d.Published!.Value) - TimeSpan.FromDays(3);
        var to = inGold.Max(d => d.Published!.Value) + TimeSpan.FromDays(3);
        var articles = all.Where(d => d.Published >= from && d.Published <= to).OrderBy(d => d.Published).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

        if (dump is not null)
        {
            using var w = new StreamWriter(dump);
            foreach (var d in articles)
            {
                var sentences = Marsad.Text.SentenceSplitter.Split(d.Text);
                var lead = string.Join(" ", sentences.Take(2).Select(s => s.Text(d.Text)));
                w.WriteLine(JsonSerializer.Serialize(new
                {
                    id = d.Id, t = d.Published!.Value.ToUnixTimeSeconds(), src = d.Source, title = d.Title,
                    tt = Marsad.Text.SearchTermAnalyzer.Default.GetTerms(d.Title),
                    lt = Marsad.Text.SearchTermAnalyzer.Default.GetTerms(lead),
                    bt = Marsad.Text.SearchTermAnalyzer.Default.GetTerms(d.Text),
                }));
            }
        }
        var clusterer = new StoryClusterer(options);
        var df = DocumentFrequencies.Default;
        foreach (var d in articles)
            clusterer.Add(StoryFeatures.Of(d.Id, d.Published!.Value, d.Source, d.Title, d.Text, null, df));
        StoryJson.Write(output, clusterer.Stories);
        Console.Error.WriteLine($"{articles.Count} articles clustered ({goldIds.Count} in the gold window) into {clusterer.Stories.Count} stories → {output}");
        return Score(gold, output, uncertain);
    }

    internal static int Score(string gold, string prediction, string? uncertain)
    {
        var tool = Path.GetFullPath(Path.Combine(SharedDataPath.Resolve("."), "..", "tools", "score_stories.py"));
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
        foreach (var a in (string?[])[tool, gold, prediction, uncertain])
        {
            if (a is not null)
                start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        Console.WriteLine(process.StandardOutput.ReadToEnd().Trim());
        process.WaitForExit();
        return process.ExitCode;
    }
}
