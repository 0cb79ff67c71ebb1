using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Benchmarks;

/// <summary>
/// <c>quality pipeline-steps [--articles N]</c>: CPU time of every step of the default pipeline over the same articles,
/// in one run — the measure behind "quotes and events together cost less than the NER step" (issue 6). Reads the first
/// N articles (default 2,000) of the ANT corpus, extracts them, warms every step up on 50 of them, then runs each step in
/// pipeline order over all articles (step by step, so each step sees its predecessors' output) and reports CPU
/// milliseconds of this one thread, tokens per CPU-second and the step's share. CPU time, not wall time: the build
/// machine is shared.
/// </summary>
internal static class PipelineStepsHarness
{
    public static int Run(string[] args)
    {
        var count = 2000;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--articles")
                count = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
        }
        var pipeline = ArticlePipeline.CreateDefault();
        var documents = ReadAnt(count);
        var articles = documents.Select(d => ArticleExtractor.Default.Extract(d)).ToList();
        var tokens = articles.Sum(a => (long)ArabicTokenizer.Tokenize(a.Text).Count);
        foreach (var d in documents.Take(50))
            pipeline.Process(d); // loads every lexicon and model
        var process = Process.GetCurrentProcess();
        var rows = new List<(string Name, double Ms)>();
        foreach (var step in pipeline.Steps)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            foreach (var article in articles)
                step.Analyze(article);
            process.Refresh();
            rows.Add((step.Name, (process.TotalProcessorTime - before).TotalMilliseconds));
        }
        var total = rows.Sum(r => r.Ms);
        Console.WriteLine($"{articles.Count} ANT articles, {tokens} tokens, steps: {string.Join(", ", rows.Select(r => r.Name))}");
        Console.WriteLine("| step | CPU ms | tokens / CPU-second | share |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, ms) in rows)
            Console.WriteLine($"| {name} | {ms:F0} | {(ms > 0 ? tokens / (ms / 1000) : double.PositiveInfinity):F0} | {ms / Math.Max(total, 1e-9):P1} |");
        var quotesEvents = rows.Where(r => r.Name is "quotes" or "events").Sum(r => r.Ms);
        var entities = rows.Where(r => r.Name == "entities").Sum(r => r.Ms);
        Console.WriteLine(entities > 0
            ? $"quotes + events = {quotesEvents:F0} ms CPU, entities = {entities:F0} ms CPU: ratio {quotesEvents / entities:F2}"
            : $"quotes + events = {quotesEvents:F0} ms CPU; no entities step in this pipeline to compare with");
        Console.WriteLine($"quotes found: {articles.Sum(a => a.Quotes.Count)}, events found: {articles.Sum(a => a.Events.Count)}");
        return 0;
    }

    private static List<RawDocument> ReadAnt(int count)
    {
        var path = Text.AntCorpus.SharedData("corpus/ant-v2.1-train.jsonl.gz");
        var documents = new List<RawDocument>(count);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (documents.Count < count && reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            documents.Add(new RawDocument
            {
                Content = r.GetProperty("text").GetString() ?? "",
                Title = r.GetProperty("title").GetString(),
                Id = r.GetProperty("id").GetString(),
                Published = r.TryGetProperty("published", out var p) ? p.GetString() : null,
            });
        }
        return documents;
    }
}
