using System.Diagnostics;
using Marsad.Storage;
using Npgsql;

namespace Marsad.Benchmarks.Store;

internal static partial class StoreHarness
{
    private sealed record CliRun(TimeSpan Elapsed, string Stdout);

    /// <summary>Runs the real marsad command (marsad.dll beside this harness) and times it, process start included.</summary>
    private static CliRun Cli(string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
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
        return new CliRun(clock.Elapsed, stdout.Result);
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
            foreach (var (_, title) in queries.Take(count))
            {
                var clock = Stopwatch.StartNew();
                await store.SearchAsync(new SearchRequest { Query = title, PlainText = true, Limit = 10, IncludeFacets = facets });
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Report($"{name}: latency over {times.Count} title queries ({(facets ? "hits + snippets + facets" : "hits + snippets")}): p50 {Percentile(times, 0.50):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms, max {times[^1]:0.0} ms");
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
