using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Sources;
using Marsad.Storage;
using Marsad.Testing;

namespace Marsad.Benchmarks.Store;

/// <summary>
/// <c>quality ingest-profile [--articles N] [--work DIR]</c>: where ingest time goes, in one process and one run. The first
/// N ANT v2.1 bodies (as the store harness writes them) are read as <c>marsad ingest</c> reads them, analyzed by the default
/// pipeline on one thread, prepared for storage (JSON, Brotli, index terms), and written to a fresh embedded store in
/// batches of 256; Lucene.NET (ArabicAnalyzer, BM25) indexes the same bodies. Each part reports CPU time per article
/// and the rate it alone would allow, so analysis and storing can be compared with Lucene's indexing like with like.
/// </summary>
internal static class IngestProfile
{
    public static int Run(string[] args)
    {
        var count = int.Parse(Option(args, "--articles") ?? "2000", CultureInfo.InvariantCulture);
        var work = Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "marsad-ingest-profile-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var source = Path.Combine(SharedData.Directory ?? throw new InvalidOperationException("../shared/data is missing"), "corpus", "ant-v2.1-train.jsonl.gz");
        var corpus = KnownItemCorpus.Load(source);
        corpus = new KnownItemCorpus(corpus.Articles.Take(count).ToList());
        var bodies = Path.Combine(work, "bodies.jsonl");
        corpus.WriteBodies(bodies);
        var n = corpus.Articles.Count;
        Console.WriteLine(FormattableString.Invariant($"{n} articles; load average {SearchProfile.LoadAverage()}"));

        var pipeline = ArticlePipeline.CreateDefault();
        // warm-up: models load and code is compiled before anything is timed
        foreach (var d in DocumentReader.Read([bodies], InputFormat.Jsonl, _ => { }).Take(50))
            pipeline.Process(d);

        var (documents, read) = Timed(() => DocumentReader.Read([bodies], InputFormat.Jsonl, _ => { }).ToList());
        var (articles, analysis) = Timed(() => documents.Select(pipeline.Process).ToList());
        var records = articles.Select((a, i) => new ArticleRecord(a, ContentHash.Of(documents[i]), documents[i])).ToList();
        var (_, prepare) = Timed(() => { records.ForEach(r => { _ = r.Row.CompressedArticle; _ = r.Row.CompressedRaw; }); return 0; });
        var db = Path.Combine(work, "profile.db");
        var (_, write) = Timed(() =>
        {
            var store = ArticleStore.OpenAsync(db, create: true).GetAwaiter().GetResult();
            foreach (var batch in records.Chunk(256))
                store.WriteAsync(batch).GetAwaiter().GetResult();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return 0;
        });
        using var lucene = new LuceneAnchor(Path.Combine(work, "lucene"));
        var (_, luceneCpu) = Timed(() => { lucene.Index(corpus); return 0; });

        Report("read (JSONL → raw documents)", read, n, luceneCpu);
        Report("analysis (extract + all pipeline steps)", analysis, n, luceneCpu);
        Report("prepare (JSON, Brotli, index terms)", prepare, n, luceneCpu);
        Report("write (SQLite transactions, FTS5, findings)", write, n, luceneCpu);
        Report("storing = read + prepare + write", read + prepare + write, n, luceneCpu);
        Report("everything", read + analysis + prepare + write, n, luceneCpu);
        Report("lucene indexing (anchor)", luceneCpu, n, luceneCpu);
        foreach (var step in StepTimes(pipeline, documents))
            Console.WriteLine(FormattableString.Invariant($"  step {step.Name,-28} {step.Cpu.TotalMilliseconds / n,7:0.000} ms/article"));
        return 0;
    }

    /// <summary>CPU time of each pipeline step alone (extraction first, then each step on the extracted article).</summary>
    private static List<(string Name, TimeSpan Cpu)> StepTimes(ArticlePipeline pipeline, List<RawDocument> documents)
    {
        var (extracted, extraction) = Timed(() => documents.Select(ArticleExtractor.Default.Extract).ToList());
        var result = new List<(string, TimeSpan)> { ("extraction", extraction) };
        foreach (var step in pipeline.Steps)
        {
            var (_, cpu) = Timed(() => { extracted.ForEach(step.Analyze); return 0; });
            result.Add((step.Name, cpu));
        }
        return result;
    }

    private static (T Value, TimeSpan Cpu) Timed<T>(Func<T> body)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var value = body();
        return (value, Process.GetCurrentProcess().TotalProcessorTime - before);
    }

    private static void Report(string name, TimeSpan cpu, int n, TimeSpan lucene) =>
        Console.WriteLine(FormattableString.Invariant(
            $"{name,-46} {cpu.TotalSeconds,7:0.00} s CPU  {cpu.TotalMilliseconds / n,7:0.000} ms/article  {n / cpu.TotalSeconds,7:0} articles/CPU-s  {lucene.TotalSeconds / cpu.TotalSeconds,6:0.000}× Lucene"));

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
