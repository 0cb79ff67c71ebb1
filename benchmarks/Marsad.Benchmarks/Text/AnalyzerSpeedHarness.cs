using System.Diagnostics;
using System.Text;
using Marsad.Text;

namespace Marsad.Benchmarks.Text;

/// <summary>
/// <c>quality analyzer-speed</c>: a quick stopwatch breakdown of the analyzer's stages (tokenize, normalize, full
/// analysis) against Lucene over the benchmark text, best of several rounds. For development; the reported
/// figures come from <see cref="AnalyzerBenchmarks"/> (BenchmarkDotNet).
/// </summary>
internal static class AnalyzerSpeedHarness
{
    public static int Run(string[] args)
    {
        var bench = new AnalyzerBenchmarks();
        bench.Setup();
        var bodies = AntCorpus.V21().Take(521).Select(a => a.Body).ToArray();
        double mb = AnalyzerBenchmarks.Utf8Bytes / 1e6;
        Measure("tokenize", mb, () =>
        {
            var n = 0;
            foreach (var b in bodies)
            {
                foreach (var t in ArabicTokenizer.Enumerate(b))
                    n += t.Length;
            }
            return n;
        });
        Measure("tokenize+normalize", mb, () =>
        {
            var n = 0;
            Span<char> buffer = stackalloc char[4096];
            foreach (var b in bodies)
            {
                foreach (var t in ArabicTokenizer.Enumerate(b))
                {
                    if (t.Length < 200)
                        n += ArabicNormalizer.NormalizeMatching(t.Span(b), buffer);
                }
            }
            return n;
        });
        int known = 0, unknown = 0;
        Span<char> scratch = stackalloc char[4096];
        foreach (var b in bodies)
        {
            foreach (var t in ArabicTokenizer.Enumerate(b))
            {
                if (t.Kind != TokenKind.Arabic || t.Length > 200)
                    continue;
                var w = scratch[..ArabicNormalizer.NormalizeMatching(t.Span(b), scratch)];
                if (SearchTermAnalyzer.Default.IsKnown(w))
                    known++;
                else
                    unknown++;
            }
        }
        Console.WriteLine($"Arabic tokens: {known:N0} in the lexicon, {unknown:N0} not");
        var words = new List<string>();
        var unknownWords = new List<string>();
        foreach (var b in bodies)
        {
            foreach (var t in ArabicTokenizer.Enumerate(b))
            {
                if (t.Kind != TokenKind.Arabic || t.Length > 200)
                    continue;
                var w = ArabicNormalizer.NormalizeMatching(t.Text(b));
                words.Add(w);
                if (!SearchTermAnalyzer.Default.IsKnown(w))
                    unknownWords.Add(w);
            }
        }
        Measure("lookup known", mb, () => words.Count(w => SearchTermAnalyzer.Default.IsKnown(w)));
        var one = new TermBuffer();
        Measure("analyze words", mb, () => { var n = 0; foreach (var w in words) { one.Clear(); SearchTermAnalyzer.Default.Analyze(w, one); n += one.Count; } return n; });
        Measure("analyze unknown", mb, () => { var n = 0; foreach (var w in unknownWords) { one.Clear(); SearchTermAnalyzer.Default.Analyze(w, one); n += one.Count; } return n; });
        Measure("tok+norm+lookup", mb, () =>
        {
            var n = 0;
            Span<char> buffer = stackalloc char[4096];
            foreach (var b in bodies)
            {
                foreach (var t in ArabicTokenizer.Enumerate(b))
                {
                    if (t.Length < 200 && SearchTermAnalyzer.Default.IsKnown(buffer[..ArabicNormalizer.NormalizeMatching(t.Span(b), buffer)]))
                        n++;
                }
            }
            return n;
        });
        Measure("marsad", mb, bench.Marsad);
        Measure("lucene", mb, bench.Lucene);
        bench.Cleanup();
        return 0;
    }

    private static void Measure(string name, double mb, Func<int> run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < 15; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"{name,-20} {best * 1000,8:F1} ms  {mb / best,7:F1} MB/s");
    }
}
