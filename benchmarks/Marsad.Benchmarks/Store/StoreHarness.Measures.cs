using System.Diagnostics;
using Marsad.Storage;
using Npgsql;

namespace Marsad.Benchmarks.Store;

internal static partial class StoreHarness
{
    /// <summary>A command's wall time, its CPU time (user + system, all threads; null when unmeasured) and its output.</summary>
    private sealed record CliRun(TimeSpan Elapsed, string Stdout, TimeSpan? Cpu = null);

    private const string TimeTool = "/usr/bin/time";

    /// <summary>
    /// Runs the real marsad command (marsad.dll beside this harness) and times it, process start included; under GNU time
    /// (when /usr/bin/time exists) it also gets the command's CPU time, which a busy machine changes far less than wall time.
    /// </summary>
    private static CliRun Cli(string[] args)
    {
        var timed = File.Exists(TimeTool);
        var psi = new ProcessStartInfo(timed ? TimeTool : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (timed)
        {
            foreach (var a in (ReadOnlySpan<string>)["-f", "marsad-cpu %U %S", "dotnet"])
                psi.ArgumentList.Add(a);
        }
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_TieredPGO"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"marsad {args[0]} failed ({process.ExitCode}): {stderr.Result}");
        TimeSpan? cpu = null;
        var line = stderr.Result.Split('\n').LastOrDefault(l => l.StartsWith("marsad-cpu ", StringComparison.Ordinal));
        if (line is not null)
        {
            var parts = line.Split(' ');
            cpu = TimeSpan.FromSeconds(double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        return new CliRun(clock.Elapsed, stdout.Result, cpu);
    }

    /// <summary>
    /// Query latency in a warm process, as a server sees it: the first <paramref name="count"/> title queries, each a full
    /// search (10 hits with snippets and all facets), and again without facets; after 50 warm-up queries.
    /// </summary>
    private static async Task LatencyAsync(string name, string db, List<(string Id, string Title)> queries, int count)
    {
        await using var store = await ArticleStore.OpenAsync(db);
        foreach (var (_, title) in queries.Skip(count).Take(50))
            await store.SearchAsync(new SearchRequest { Query = title, PlainText = true });
        foreach (var facets in new[] { true, false })
        {
            var times = new List<double>();
            var cpu = new List<double>();
            foreach (var (_, title) in queries.Take(count))
            {
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                await store.SearchAsync(new SearchRequest { Query = title, PlainText = true, Limit = 10, IncludeFacets = facets });
                times.Add(clock.Elapsed.TotalMilliseconds);
                cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
            }
            times.Sort();
            cpu.Sort();
            Report($"{name}: latency over {times.Count} title queries ({(facets ? "hits + snippets + facets" : "hits + snippets")}): p50 {Percentile(times, 0.50):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms, max {times[^1]:0.0} ms; CPU p50 {Percentile(cpu, 0.50):0.0} ms, p95 {Percentile(cpu, 0.95):0.0} ms; load {SearchProfile.LoadAverage()}");
        }
    }

    /// <summary>How often the two backends agree on the top hit and on the top-10 set.</summary>
    private static async Task TopAgreementAsync(string sqlite, string postgres, List<(string Id, string Title)> queries)
    {
        await using var a = await ArticleStore.OpenAsync(sqlite);
        await using var b = await ArticleStore.OpenAsync(postgres);
        int sameTop = 0, sameTen = 0;
        foreach (var (_, title) in queries)
        {
            var x = (await a.SearchAsync(new SearchRequest { Query = title, PlainText = true, IncludeFacets = false, IncludeSnippets = false })).Hits.Select(h => h.Id).ToList();
            var y = (await b.SearchAsync(new SearchRequest { Query = title, PlainText = true, IncludeFacets = false, IncludeSnippets = false })).Hits.Select(h => h.Id).ToList();
            if (x.FirstOrDefault() == y.FirstOrDefault())
                sameTop++;
            if (x.SequenceEqual(y))
                sameTen++;
        }
        Report($"backends agree: same first hit on {sameTop}/{queries.Count} queries, identical top 10 on {sameTen}/{queries.Count}");
    }

    /// <summary>Stores every article of the SQLite store, with its raw document, in <paramref name="target"/> in batches of 256.</summary>
    private static async Task<CliRun> CopyAsync(string sqlite, string target)
    {
        await using var from = await ArticleStore.OpenAsync(sqlite);
        await using var to = await ArticleStore.OpenAsync(target, create: true);
        var clock = Stopwatch.StartNew();
        var batch = new List<ArticleRecord>();
        long added = 0;
        await foreach (var article in from.ExportAsync(ArticleFilter.None))
        {
            var raw = await from.GetRawDocumentAsync(article.Id);
            batch.Add(new ArticleRecord(article, raw is null ? article.Id : ContentHash.Of(raw), raw));
            if (batch.Count == 256)
            {
                added += (await to.WriteAsync(batch)).Count(o => o == WriteOutcome.Added);
                batch.Clear();
            }
        }
        added += (await to.WriteAsync(batch)).Count(o => o == WriteOutcome.Added);
        return new CliRun(clock.Elapsed, $"copied {added} articles from the SQLite store (stored as they are, no analysis)");
    }

    /// <summary>Ingests <paramref name="bodies"/> in-process with extraction alone (no analysis steps).</summary>
    private static async Task<CliRun> ExtractionOnlyAsync(string bodies, string db, int jobs)
    {
        var clock = Stopwatch.StartNew();
        await using var store = await ArticleStore.OpenAsync(db, create: true);
        var pipeline = new Marsad.Analysis.ArticlePipeline(Marsad.Extraction.ArticleExtractor.Default, []);
        var documents = Marsad.Sources.DocumentReader.Read([bodies], Marsad.Sources.InputFormat.Jsonl, e => Console.Error.WriteLine(e.Message));
        var summary = await new Marsad.Storage.Ingestion.ArticleIngestor(store, pipeline, new Marsad.Storage.Ingestion.IngestOptions { Jobs = jobs }).RunAsync(documents);
        return new CliRun(clock.Elapsed, $"extraction only (no analysis steps): {summary.Added} added, {summary.Failed} failed");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static long StoreFileSize(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static long DirectorySize(string path) => Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static long PostgresSize(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)command.ExecuteScalar()!;
    }
}
