using System.Diagnostics;
using Marsad.Analysis.Entities;

namespace Marsad.Benchmarks;

/// <summary>
/// <c>quality ner-speed</c>: NER throughput in tokens per CPU-second of one thread (the dev split tagged 10 times
/// after a warm-up, single-threaded), and the model's cold load time. CPU time rather than wall time, because the
/// build machine is shared: wall time measures the neighbours. BenchmarkDotNet's NerBenchmarks gives wall times.
/// </summary>
internal static class NerSpeedHarness
{
    public static int Run(string[] args)
    {
        var thread = Process.GetCurrentProcess();
        var cpu = thread.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var tagger = NerTagger.Default;
        tagger.Tag(["تحميل"]);
        thread.Refresh();
        Console.WriteLine($"model load: {(thread.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU, {wall.ElapsedMilliseconds} ms wall");

        var bench = new NerBenchmarks();
        bench.Setup();
        bench.TagDevSplit();
        var tokens = 12303L;
        const int Rounds = 10;
        thread.Refresh();
        cpu = thread.TotalProcessorTime;
        wall.Restart();
        for (var r = 0; r < Rounds; r++)
            bench.TagDevSplit();
        thread.Refresh();
        var seconds = (thread.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"tagging: {tokens * Rounds} tokens in {seconds:F2} s CPU ({tokens * Rounds / seconds:F0} tokens/CPU-second), {wall.Elapsed.TotalSeconds:F2} s wall");
        return 0;
    }
}
