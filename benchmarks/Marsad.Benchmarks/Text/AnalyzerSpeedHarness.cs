using System.Diagnostics;
using System.Globalization;
using Marsad.Text;

namespace Marsad.Benchmarks.Text;

/// <summary>
/// <c>quality analyzer-speed [--rounds N] [--stages] [--profile marsad|strings|unknown|lucene --seconds S]</c>: the analyzer against
/// Lucene over <see cref="AnalyzerBenchmarks"/>' text, in rounds that run Lucene and Marsad back to back (the order
/// alternates), each pass timed by wall clock and by the thread's CPU time. The ratio of each round is taken
/// within the round, and the median over rounds is reported, so a neighbour's build that slows one round slows
/// both sides of its ratio. CPU time of the thread (<see cref="ThreadCpuClock"/>) is the steadier measure on the shared machine (wall
/// time counts the time the scheduler gives to others). <c>--stages</c> adds a breakdown (tokenize, normalize, lookup) for development;
/// <c>--profile</c> runs one side in a loop (strings: <c>GetTerms</c>; unknown: the words outside the lexicon) for a profiler (perf with DOTNET_PerfMapEnabled=1). The reported
/// wall-clock figures come from <see cref="AnalyzerBenchmarks"/> (BenchmarkDotNet).
/// </summary>
internal static class AnalyzerSpeedHarness
{
    public static int Run(string[] args)
    {
        var rounds = int.Parse(Option(args, "--rounds") ?? "21", CultureInfo.InvariantCulture);
        var bench = new AnalyzerBenchmarks();
        bench.Setup();
        try
        {
            if (Option(args, "--profile") is { } side)
            {
                var seconds = double.Parse(Option(args, "--seconds") ?? "20", CultureInfo.InvariantCulture);
                Func<int> run = side switch
                {
                    "lucene" => bench.Lucene,
                    "unknown" => UnknownWords(bench),
                    "strings" => bench.MarsadStrings,
                    _ => bench.Marsad,
                };
                var clock = Stopwatch.StartNew();
                var passes = 0;
                while (clock.Elapsed.TotalSeconds < seconds)
                {
                    run();
                    passes++;
                }
                Console.WriteLine($"{side}: {passes} passes in {clock.Elapsed.TotalSeconds:F1} s");
                return 0;
            }
            if (args.Contains("--stages"))
                Stages(bench);
            Compare(bench, rounds);
        }
        finally
        {
            bench.Cleanup();
        }
        return 0;
    }

    private static void Compare(AnalyzerBenchmarks bench, int rounds)
    {
        var mb = AnalyzerBenchmarks.Utf8Bytes / 1e6;
        (double Wall, double Cpu) Time(Func<int> run)
        {
            var cpu = ThreadCpuClock.Seconds();
            var clock = Stopwatch.StartNew();
            run();
            var wall = clock.Elapsed.TotalSeconds;
            return (wall, ThreadCpuClock.Seconds() - cpu);
        }
        // warm-up: JIT tiers, the lexicon, Lucene's buffers
        for (var i = 0; i < 5; i++)
        {
            bench.Lucene();
            bench.Marsad();
            bench.MarsadStrings();
        }
        var rows = new List<(double LuceneWall, double LuceneCpu, double MarsadWall, double MarsadCpu, double StringsWall, double StringsCpu)>();
        for (var r = 0; r < rounds; r++)
        {
            (double, double) lucene, marsad, strings;
            if (r % 2 == 0)
            {
                lucene = Time(bench.Lucene);
                marsad = Time(bench.Marsad);
                strings = Time(bench.MarsadStrings);
            }
            else
            {
                strings = Time(bench.MarsadStrings);
                marsad = Time(bench.Marsad);
                lucene = Time(bench.Lucene);
            }
            rows.Add((lucene.Item1, lucene.Item2, marsad.Item1, marsad.Item2, strings.Item1, strings.Item2));
        }
        double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
        Console.WriteLine($"{rounds} rounds, {mb:F2} MB UTF-8 per pass; medians (ratio = Lucene time / Marsad time, per round)");
        Console.WriteLine($"{"",-28} {"wall ms",9} {"MB/s",7} {"CPU ms",9} {"MB/CPU-s",9} {"wall ratio",11} {"CPU ratio",10}");
        void Row(string name, Func<int, double> wall, Func<int, double> cpu)
        {
            var w = Median(rows.Select((_, i) => wall(i)));
            var c = Median(rows.Select((_, i) => cpu(i)));
            var wr = Median(rows.Select((row, i) => row.LuceneWall / wall(i)));
            var cr = Median(rows.Select((row, i) => row.LuceneCpu / Math.Max(cpu(i), 1e-6)));
            Console.WriteLine($"{name,-28} {w * 1000,9:F1} {mb / w,7:F1} {c * 1000,9:F1} {mb / c,9:F1} {wr,10:F2}x {cr,9:F2}x");
        }
        Row("Lucene.NET ArabicAnalyzer", i => rows[i].LuceneWall, i => rows[i].LuceneCpu);
        Row("Marsad, TermBuffer", i => rows[i].MarsadWall, i => rows[i].MarsadCpu);
        Row("Marsad, GetTerms (strings)", i => rows[i].StringsWall, i => rows[i].StringsCpu);
        var ratios = rows.Select(r => r.LuceneCpu / Math.Max(r.MarsadCpu, 1e-6)).Order().ToArray();
        Console.WriteLine($"TermBuffer CPU ratio per round: min {ratios[0]:F2}x, median {Median(ratios):F2}x, max {ratios[^1]:F2}x");
    }

    private static void Stages(AnalyzerBenchmarks bench)
    {
        var bodies = bench.Bodies;
        var mb = AnalyzerBenchmarks.Utf8Bytes / 1e6;
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
        Measure("scan+fold+hash (fast path)", mb, () =>
        {
            var classes = CharClasses.Table;
            var map = MatchingTable.Map;
            var total = 0;
            Span<char> scratch = stackalloc char[64];
            foreach (var b in bodies)
            {
                var n = 0;
                var h = WordTable.HashStart;
                foreach (var c in b)
                {
                    var f = classes[c];
                    if ((f & CharClasses.Letter) != 0)
                    {
                        var m = map[c];
                        scratch[n++ & 63] = m;
                        h = WordTable.HashStep(h, m);
                    }
                    else if ((f & CharClasses.Mark) == 0)
                    {
                        total += WordTable.HashFinish(h) & 1;
                        h = WordTable.HashStart;
                        n = 0;
                    }
                }
            }
            return total;
        });
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
        Console.WriteLine($"Arabic tokens: {words.Count - unknownWords.Count:N0} in the lexicon, {unknownWords.Count:N0} not ({unknownWords.Distinct().Count():N0} distinct)");
        Measure("lookup (Arabic words)", mb, () => words.Count(w => SearchTermAnalyzer.Default.IsKnown(w)));
        var one = new TermBuffer();
        Measure("analyze unknown words", mb, () => { var n = 0; foreach (var w in unknownWords) { one.Clear(); SearchTermAnalyzer.Default.Analyze(w, one); n += one.Count; } return n; });
        var terms = bench.MarsadStrings();
        var chars = bodies.Sum(b => b.Length);
        Console.WriteLine($"terms: {terms:N0}, {(double)chars / terms:F1} UTF-16 characters per term");
        Measure("marsad", mb, bench.Marsad);
        Measure("marsad GetTerms", mb, bench.MarsadStrings);
        // what the store does with every body at ingest: the analyzer's terms, re-split into index tokens
        Measure("store IndexTerms.Tokens", mb, () =>
        {
            var n = 0;
            foreach (var b in bodies)
                n += Marsad.Storage.Search.IndexTerms.Tokens(b).Count;
            return n;
        });
        Measure("lucene", mb, bench.Lucene);
    }

    /// <summary>A pass over the benchmark text's Arabic words that are not in the lexicon (the stemmer's share).</summary>
    private static Func<int> UnknownWords(AnalyzerBenchmarks bench)
    {
        var unknown = new List<string>();
        foreach (var b in bench.Bodies)
        {
            foreach (var t in ArabicTokenizer.Enumerate(b))
            {
                if (t.Kind == TokenKind.Arabic && t.Length <= 200 && !SearchTermAnalyzer.Default.IsKnown(ArabicNormalizer.NormalizeMatching(t.Text(b))))
                    unknown.Add(t.Text(b));
            }
        }
        var one = new TermBuffer();
        return () =>
        {
            var n = 0;
            foreach (var w in unknown)
            {
                one.Clear();
                SearchTermAnalyzer.Default.Analyze(w, one);
                n += one.Count;
            }
            return n;
        };
    }

    private static void Measure(string name, double mb, Func<int> run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < 15; i++)
        {
            var cpu = ThreadCpuClock.Seconds();
            run();
            best = Math.Min(best, ThreadCpuClock.Seconds() - cpu);
        }
        Console.WriteLine($"{name,-28} {best * 1000,8:F1} CPU ms  {mb / best,7:F1} MB/CPU-s (best of 15)");
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
