using System.Diagnostics;
using Marsad.Extraction;

namespace Marsad.Benchmarks;

/// <summary>
/// <c>quality extraction-speed [--rounds N]</c>: extraction throughput in articles per second over the 7,315
/// SaudiNewsNet articles. The zips are read and parsed once, outside the timing; each round extracts every article;
/// the first round is a warm-up. Prints the median of the timed rounds.
/// </summary>
internal static class ExtractionThroughput
{
    public static int Run(string[] args)
    {
        var rounds = int.Parse(ExtractionQuality.Option(args, "--rounds") ?? "5", System.Globalization.CultureInfo.InvariantCulture);
        var documents = SaudiNewsNet.Read(Path.Combine(ExtractionQuality.SharedData(), "corpus", "saudinewsnet")).ToList();
        var extractor = ArticleExtractor.Default;
        var rates = new List<double>();
        long chars = documents.Sum(d => (long)d.Content.Length);
        for (var r = 0; r <= rounds; r++)
        {
            var sw = Stopwatch.StartNew();
            var paragraphs = 0;
            foreach (var d in documents)
                paragraphs += extractor.Extract(d).Paragraphs.Count;
            sw.Stop();
            var rate = documents.Count / sw.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"round {r}{(r == 0 ? " (warm-up)" : "")}: {documents.Count} articles, {paragraphs} paragraphs in {sw.Elapsed.TotalSeconds:F2} s = {rate:F0} articles/s");
            if (r > 0)
                rates.Add(rate);
        }
        rates.Sort();
        var median = rates[rates.Count / 2];
        Console.WriteLine($"extraction: {documents.Count} articles ({chars / 1e6:F1} M chars), median of {rounds} rounds: {median:F0} articles/s ({median * chars / documents.Count / 1e6:F1} M chars/s)");
        return 0;
    }
}
