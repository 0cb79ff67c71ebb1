using System.Diagnostics;
using Marsad.Analysis.Keywords;
using Marsad.Stories;
using Marsad.Training;
using Marsad.Training.Corpora;

namespace Marsad.Benchmarks.Stories;

/// <summary>
/// `quality story-scaling`: ingests all of ANT v2.1 (24k articles) in publication order into a
/// <see cref="StoryClusterer"/> (near-duplicate lookup + story assignment) and reports the mean cost per article
/// of each doubling segment (articles 1–1k, 1k–2k, 2k–4k, … 16k–24k). Flat figures mean O(1) amortized per article.
/// Feature extraction (tokenizing, TF-IDF, shingling) is timed apart: it depends on the article, not on the index.
/// Best of three runs per segment, to keep other processes' noise out.
/// </summary>
internal static class StoryScaling
{
    public static int Run(string[] args)
    {
        var docs = AntCorpus.ReadV2(SharedDataPath.Resolve(AntCorpus.V2Path)).Where(d => d.Published is not null)
            .OrderBy(d => d.Published).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var df = DocumentFrequencies.Default;
        var extract = Stopwatch.StartNew();
        var articles = docs.Select(d => StoryFeatures.Of(d.Id, d.Published!.Value, d.Source, d.Title, d.Text, null, df)).ToList();
        extract.Stop();
        Console.WriteLine($"{articles.Count} articles; feature extraction {extract.Elapsed.TotalMilliseconds * 1000 / articles.Count:F0} µs/article");
        int[] bounds = [0, 1000, 2000, 4000, 8000, 16000, articles.Count];
        var best = new double[bounds.Length - 1];
        Array.Fill(best, double.MaxValue);
        for (var run = 0; run < 3; run++)
        {
            var clusterer = new StoryClusterer();
            for (var s = 0; s + 1 < bounds.Length; s++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = bounds[s]; i < bounds[s + 1]; i++)
                    clusterer.Add(articles[i]);
                watch.Stop();
                best[s] = Math.Min(best[s], watch.Elapsed.TotalMilliseconds * 1000 / (bounds[s + 1] - bounds[s]));
            }
            if (run == 2)
                Console.WriteLine($"{clusterer.Stories.Count} stories");
        }
        // articles differ in length across the year (outlet mix), and MinHash work is proportional to shingles:
        // the cost per 100 shingles separates index growth from text length
        var perShingle = new double[best.Length];
        for (var s = 0; s < best.Length; s++)
        {
            var shingles = articles.Skip(bounds[s]).Take(bounds[s + 1] - bounds[s]).Average(a => Math.Max(1, a.Fingerprint!.Count));
            perShingle[s] = best[s] / shingles * 100;
        }
        Console.WriteLine("| articles | µs per article (duplicate lookup + story assignment) | ratio to first 1k | µs per 100 shingles | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var s = 0; s < best.Length; s++)
            Console.WriteLine($"| {bounds[s] + 1}–{bounds[s + 1]} | {best[s]:F0} | {best[s] / best[0]:F2} | {perShingle[s]:F0} | {perShingle[s] / perShingle[0]:F2} |");
        return 0;
    }
}
