using System.Diagnostics;
using Marsad.Analysis.Keywords;
using Marsad.Stories;
using Marsad.Training;
using Marsad.Training.Corpora;

namespace Marsad.Benchmarks.Stories;

/// <summary>
/// `quality story-scaling`: the cost of adding an article (near-duplicate lookup + story assignment) to a
/// <see cref="StoryClusterer"/> that already holds 1k, 2k, 4k, … 23.6k ANT v2.1 articles (publication order).
/// Flat figures mean O(1) per article. Feature extraction (tokenizing, TF-IDF, shingling) is timed apart: it
/// depends on the article, not on the index. The default clusterer decides with the <see cref="StoryJoinModel"/>
/// (<see cref="StoryLinkage.Learned"/>); <c>--linkage mean</c> measures it with the mean over all members instead.
/// </summary>
internal static class StoryScaling
{
    public static int Run(string[] args)
    {
        var options = new StoryClustererOptions();
        if (args is ["--linkage", "mean"])
            options = options with { Linkage = StoryLinkage.Mean };
        else if (args.Length > 0)
        {
            Console.Error.WriteLine("usage: quality story-scaling [--linkage mean]");
            return 2;
        }
        var docs = AntCorpus.ReadV2(SharedDataPath.Resolve(AntCorpus.V2Path)).Where(d => d.Published is not null)
            .OrderBy(d => d.Published).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var df = DocumentFrequencies.Default;
        var extract = Stopwatch.StartNew();
        var articles = docs.Select(d => StoryFeatures.Of(d.Id, d.Published!.Value, d.Source, d.Title, d.Text, null, df)).ToList();
        extract.Stop();
        Console.WriteLine($"{articles.Count} articles; feature extraction {extract.Elapsed.TotalMilliseconds * 1000 / articles.Count:F0} µs/article");
        // the same 500 probe articles (the latest ones) are added to indexes holding N earlier articles: the cost
        // per probe then depends on N alone, not on which articles fall in a segment; best of three rebuilds per N
        const int probes = 500;
        var probe = articles[^probes..];
        var rest = articles[..^probes];
        int[] sizes = [1000, 2000, 4000, 8000, 16000, rest.Count];
        var results = new List<(int Size, double Micros, double Cpu, int Stories)>();
        foreach (var n in sizes)
        {
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            var stories = 0;
            for (var run = 0; run < 3; run++)
            {
                // the index holds the N articles just before the probes, so the probes meet a full time window
                var clusterer = new StoryClusterer(options);
                foreach (var a in rest[^n..])
                    clusterer.Add(a);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                foreach (var a in probe)
                    clusterer.Add(a);
                watch.Stop();
                // the probe loop runs on one thread; process CPU time is the figure that a loaded machine does not inflate
                var cpuMicros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / probes;
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1000 / probes);
                bestCpu = Math.Min(bestCpu, cpuMicros);
                stories = clusterer.Stories.Count;
            }
            results.Add((n, best, bestCpu, stories));
        }
        Console.WriteLine("| articles already indexed | CPU µs per probe article (duplicate lookup + story assignment) | CPU ratio to 1k | wall µs per probe article |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var (n, micros, cpu, _) in results)
            Console.WriteLine($"| {n} | {cpu:F0} | {cpu / results[0].Cpu:F2} | {micros:F0} |");
        return 0;
    }
}
