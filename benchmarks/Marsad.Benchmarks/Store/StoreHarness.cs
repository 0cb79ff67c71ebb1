using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage;
using Marsad.Testing;

namespace Marsad.Benchmarks.Store;

/// <summary>
/// <c>quality store</c>: issue 4's measures in one run — known-item MRR@10 end to end through <c>marsad ingest</c> and
/// <c>marsad search --queries</c> on SQLite and PostgreSQL against Lucene.NET on the same bodies; ingest rate and its ratio
/// to Lucene indexing; query latency p50/p95; store size per 1,000 articles. Options: --queries N (default 5000),
/// --latency N (500), --pg-latency N (as --latency; 0 skips), --jobs N (2), --no-postgres, --work DIR,
/// --reuse (keep an embedded store already in the work folder), --pg-copy (fill PostgreSQL from the embedded store),
/// --extraction-only (ingest in-process with extraction and no analysis steps: what is indexed is the same, so MRR and
/// search latency are those of the full store except the entity and topic facets, which stay empty).
/// </summary>
internal static partial class StoreHarness
{
    public static int Run(string[] args)
    {
        var queryCount = IntOption(args, "--queries", 5000);
        var latencyCount = IntOption(args, "--latency", 500);
        var pgLatencyCount = IntOption(args, "--pg-latency", latencyCount);
        var jobs = IntOption(args, "--jobs", 2);
        var postgres = !args.Contains("--no-postgres");
        var reuse = args.Contains("--reuse");
        var pgCopy = args.Contains("--pg-copy");
        var work = StringOption(args, "--work") ?? Path.Combine(Path.GetTempPath(), "marsad-store-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var source = Path.Combine(SharedData.Directory ?? throw new InvalidOperationException("../shared/data is missing"), "corpus", "ant-v2.1-train.jsonl.gz");
        var corpus = KnownItemCorpus.Load(source);
        var bodies = Path.Combine(work, "bodies.jsonl");
        corpus.WriteBodies(bodies);
        var queries = corpus.Queries(queryCount);
        var queriesPath = Path.Combine(work, "queries.jsonl");
        KnownItemCorpus.WriteQueries(queriesPath, queries);
        Report($"load average {SearchProfile.LoadAverage()}");
        Report($"corpus: {corpus.Articles.Count} articles (bodies without titles), {queries.Count} title queries; work folder {work}");

        // the anchor
        using var lucene = new LuceneAnchor(Path.Combine(work, "lucene"));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var luceneTime = lucene.Index(corpus);
        var luceneCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var luceneRate = corpus.Articles.Count / luceneTime.TotalSeconds;
        var luceneMrr = KnownItemCorpus.Mrr(queries.Select(q => (q.Id, lucene.Search(q.Title))));
        Report($"lucene: indexed in {luceneTime.TotalSeconds:0.0} s ({luceneRate:0} articles/s; CPU {luceneCpu.TotalSeconds:0.0} s = {luceneCpu.TotalMilliseconds / corpus.Articles.Count:0.00} ms/article), MRR@10 {luceneMrr:0.0000}, index {DirectorySize(Path.Combine(work, "lucene")) / 1048576.0:0.0} MiB");

        // the embedded store, end to end through the command line
        var sqlite = Path.Combine(work, "marsad.db");
        var reused = reuse && File.Exists(sqlite);
        var sqliteIngest = reused ? new CliRun(TimeSpan.Zero, "(store reused: not ingested in this run)")
            : args.Contains("--extraction-only") ? ExtractionOnlyAsync(bodies, sqlite, jobs).GetAwaiter().GetResult()
            : Cli(["ingest", bodies, "--db", sqlite, "--jobs", jobs.ToString(CultureInfo.InvariantCulture)]);
        var sqliteRate = reused ? double.NaN : corpus.Articles.Count / sqliteIngest.Elapsed.TotalSeconds;
        var (sqliteMrr, sqliteBatch) = BatchMrr(sqlite, queriesPath, queries);
        var sqliteSize = StoreFileSize(sqlite);
        Report($"sqlite: ingest {sqliteIngest.Elapsed.TotalSeconds:0.0} s ({sqliteRate:0} articles/s, {sqliteRate / luceneRate:0.00}× Lucene), MRR@10 {sqliteMrr:0.0000} (batch of {queries.Count} in {sqliteBatch.TotalSeconds:0.0} s), size {sqliteSize / 1048576.0:0.0} MiB = {sqliteSize / 1048576.0 / corpus.Articles.Count * 1000:0.00} MiB per 1,000 articles");
        if (sqliteIngest.Cpu is { } cpu)
        {
            Report($"sqlite: ingest CPU {cpu.TotalSeconds:0.0} s = {cpu.TotalMilliseconds / corpus.Articles.Count:0.00} ms/article "
                + $"({corpus.Articles.Count / cpu.TotalSeconds:0} articles per CPU-second, {luceneCpu / cpu:0.000}× Lucene's CPU rate; every thread of the command, process start included)");
        }
        Report("  " + sqliteIngest.Stdout.Trim());
        LatencyAsync("sqlite", sqlite, queries, latencyCount).GetAwaiter().GetResult();

        if (postgres)
        {
            using var server = TemporaryPostgres.TryStart();
            if (server is null)
            {
                Report("postgres: skipped (no server binaries)");
            }
            else
            {
                var db = server.CreateDatabase("bench");
                // --pg-copy stores the SQLite store's articles as they are (no second analysis of the corpus): the same
                // articles in, so the ranking comparison is exact; its rate is then the rate of storing alone
                var pgIngest = pgCopy ? CopyAsync(sqlite, db).GetAwaiter().GetResult() : Cli(["ingest", bodies, "--db", db, "--jobs", jobs.ToString(CultureInfo.InvariantCulture)]);
                var pgRate = corpus.Articles.Count / pgIngest.Elapsed.TotalSeconds;
                var (pgMrr, pgBatch) = BatchMrr(db, queriesPath, queries);
                Report($"postgres: ingest {pgIngest.Elapsed.TotalSeconds:0.0} s ({pgRate:0} articles/s, {pgRate / luceneRate:0.00}× Lucene), MRR@10 {pgMrr:0.0000} (Δ vs SQLite {pgMrr - sqliteMrr:+0.0000;-0.0000}; batch {pgBatch.TotalSeconds:0.0} s), database size {PostgresSize(db) / 1048576.0:0.0} MiB");
                Report("  " + pgIngest.Stdout.Trim());
                if (pgLatencyCount > 0)
                    LatencyAsync("postgres", db, queries, pgLatencyCount).GetAwaiter().GetResult();
                TopAgreementAsync(sqlite, db, queries.Take(200).ToList()).GetAwaiter().GetResult();
            }
        }
        Report($"load average {SearchProfile.LoadAverage()}");
        Report($"summary: MRR@10 sqlite {sqliteMrr:0.0000}, lucene {luceneMrr:0.0000}");
        return 0;
    }

    private static (double Mrr, TimeSpan Elapsed) BatchMrr(string db, string queriesPath, List<(string Id, string Title)> queries)
    {
        // titles are pasted text: --plain reads their quotation marks as text, as the Lucene anchor's bag of terms does
        var run = Cli(["search", "--queries", queriesPath, "--db", db, "--limit", "10", "--plain"]);
        var ranked = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var line in run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            var qid = doc.RootElement.GetProperty("qid").GetString()!;
            ranked[qid] = doc.RootElement.TryGetProperty("hits", out var hits)
                ? hits.EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList()
                : [];
        }
        if (ranked.Count != queries.Count)
            throw new InvalidOperationException($"search --queries answered {ranked.Count} of {queries.Count} queries");
        return (KnownItemCorpus.Mrr(queries.Select(q => (q.Id, ranked[q.Id]))), run.Elapsed);
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        StringOption(args, name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static void Report(FormattableString line) => Console.WriteLine(FormattableString.Invariant(line));

    private static void Report(string line) => Console.WriteLine(line);
}
