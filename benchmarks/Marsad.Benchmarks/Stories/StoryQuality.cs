using System.Diagnostics;
using System.Globalization;
using Marsad.Stories;
using Marsad.Training;

namespace Marsad.Benchmarks.Stories;

/// <summary>
/// `quality stories GOLD.jsonl [--threshold P] [--out PRED.json]`: clusters the ANT v2.1 articles of the gold window
/// (plus three days either side, as a running system would have seen them), analyzed by the real pipeline as
/// `ingest` stores them (the story-tuning cache), in publication order with the default clusterer; writes
/// `stories --json` output and scores it with ../shared/tools/score_stories.py (the gold's `.uncertain.txt` left out).
/// </summary>
internal static class StoryQuality
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: quality stories GOLD.jsonl [--threshold P] [--out PRED.json]");
            return 2;
        }
        var gold = args[0];
        var options = new StoryClustererOptions();
        var output = Path.Combine(Path.GetTempPath(), "marsad-stories-pred-" + Path.GetFileNameWithoutExtension(gold) + ".json");
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--threshold": options = options with { MinProbability = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
                case "--out": output = args[++i]; break;
                default:
                    Console.Error.WriteLine($"quality stories: unknown option {args[i]}");
                    return 2;
            }
        }
        var window = StoryTuning.Window.Load(gold);
        var features = window.Articles.Select(a => StoryFeatures.Of(a)!).ToList();
        var clusterer = StoryTuning.Window.Cluster(features, options);
        StoryJson.Write(output, clusterer.Stories);
        Console.Error.WriteLine($"{features.Count} articles clustered ({window.Gold.Count} scored in the gold window) into {clusterer.Stories.Count} stories → {output}");
        var uncertain = Path.ChangeExtension(gold, null) + ".uncertain.txt";
        return Score(gold, output, File.Exists(uncertain) ? uncertain : null);
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
