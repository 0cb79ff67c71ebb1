using System.Diagnostics;
using Marsad.Analysis.Entities;

namespace Marsad.Benchmarks;

/// <summary>
/// <c>quality ner-speed</c>: NER throughput in tokens per CPU-second of one thread (the dev split tagged once with
/// no word form cached, then 10 times more, single-threaded), and the model's cold load time. CPU time rather than wall time, because the
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
        var tokens = 12303L;
        // a warm-up on other text (the first 1,000 training sentences) compiles the hot paths, and a pause lets the
        // runtime finish optimizing them in the background (its CPU time would otherwise be counted below); the dev
        // split's first pass then meets its word forms unseen there for the first time (the networks project and
        // cache each form once)
        foreach (var sentence in bench.TrainingSentences(1000))
            tagger.Tag(sentence);
        Thread.Sleep(1000);
        thread.Refresh();
        cpu = thread.TotalProcessorTime;
        wall.Restart();
        bench.TagDevSplit();
        thread.Refresh();
        var first = (thread.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"first pass (forms unseen in the warm-up not yet cached): {tokens} tokens in {first:F2} s CPU ({tokens / first:F0} tokens/CPU-second), {wall.Elapsed.TotalSeconds:F2} s wall");
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
