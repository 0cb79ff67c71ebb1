using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage;
using Marsad.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Benchmarks.Store;

/// <summary>
/// <c>quality store-profile --db FILE --queries FILE [--count N]</c>: where a search's time goes on an existing embedded
/// store. Runs the same title queries through each stage alone (FTS5 match only, match + bm25 ranking, the search without
/// facets and snippets, with snippets, with facets) and reports wall-clock and thread CPU p50/p95 per stage, so the cost
/// of each part can be told apart on a loaded machine.
/// </summary>
internal static class SearchProfile
{
    public static int Run(string[] args)
    {
        var db = Option(args, "--db") ?? throw new ArgumentException("--db FILE is required");
        var queriesPath = Option(args, "--queries") ?? throw new ArgumentException("--queries FILE is required");
        var count = int.Parse(Option(args, "--count") ?? "500", CultureInfo.InvariantCulture);
        var titles = File.ReadLines(queriesPath).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("query").GetString()!).Take(count + 50).ToList();
        var warm = titles.Take(50).ToList();
        var measured = titles.Skip(50).ToList();
        Console.WriteLine(FormattableString.Invariant($"{measured.Count} title queries against {db}; load average {LoadAverage()}"));

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadWrite }.ToString()))
        {
            connection.Open();
            Scalar(connection, "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;", ""); // as the store's own connections
            var matches = measured.Select(t => Fts5Query.Build(QueryParser.Parse(t, plain: true), MatchMode.Any)).Where(m => m.Length > 0).ToList();
            // the queries of the previous search code (before this session's changes), for a before/after in one run
            const string from = "FROM article_terms JOIN articles a ON a.key = article_terms.rowid WHERE article_terms MATCH @m";
            const string score = "-bm25(article_terms, 3, 1)";
            Stage("previous: ranking + window count, top 10", warm.Count, matches, m => Scalar(connection, $"SELECT count(*) FROM (WITH m AS MATERIALIZED (SELECT a.key, a.id, {score} AS score, a.published_at {from}) SELECT key, id, score, published_at, count(*) OVER () AS total FROM m ORDER BY score DESC, id LIMIT 10)", m));
            Stage("previous: temp table + 4 facet queries", warm.Count, matches, m => PreviousFacets(connection, from, score, m));
            Stage("fts5 match + bm25, best 2000 (entity facet)", warm.Count, matches, m => Scalar(connection, "SELECT count(*) FROM (SELECT rowid FROM article_terms WHERE article_terms MATCH @m ORDER BY bm25(article_terms, 3.0, 1.0) LIMIT 2000)", m));
            Stage("fts5 match, count only", warm.Count, matches, m => Scalar(connection, "SELECT count(*) FROM article_terms WHERE article_terms MATCH @m", m));
            Stage("fts5 match + bm25, top 10", warm.Count, matches, m => Scalar(connection, "SELECT count(*) FROM (SELECT rowid FROM article_terms WHERE article_terms MATCH @m ORDER BY bm25(article_terms, 3.0, 1.0) LIMIT 10)", m));
            Stage("facet pass: source, topic, day of every match", warm.Count, matches, m => Scalar(connection, $"SELECT sum(length(a.source) + length(a.topic) + length(a.day)) {from}", m));
            Stage("facet pass grouped in SQL (source, topic, day)", warm.Count, matches, m => Scalar(connection, $"SELECT count(*) FROM (SELECT a.source, a.topic, a.day, count(*) {from} GROUP BY 1, 2, 3)", m));
            Stage("entity facet rows of the best 2000 (with their ranking)", warm.Count, matches, m => Scalar(connection, "SELECT sum(length(entities)) FROM article_entity_facets WHERE key IN (SELECT rowid FROM article_terms WHERE article_terms MATCH @m ORDER BY bm25(article_terms, 3.0, 1.0) LIMIT 2000)", m));
            Stage("fts5 match + bm25 + articles join, top 10", warm.Count, matches, m => Scalar(connection, "SELECT count(*) FROM (SELECT a.id FROM article_terms JOIN articles a ON a.key = article_terms.rowid WHERE article_terms MATCH @m ORDER BY bm25(article_terms, 3.0, 1.0) LIMIT 10)", m));
        }

        var store = ArticleStore.OpenAsync(db).GetAwaiter().GetResult();
        foreach (var (name, facets, snippets) in new[] { ("search: hits only", false, false), ("search: hits + snippets", false, true), ("search: hits + snippets + facets", true, true) })
        {
            Stage(name, warm.Count, measured, t => store.SearchAsync(new SearchRequest { Query = t, PlainText = true, Limit = 10, IncludeFacets = facets, IncludeSnippets = snippets })
                .GetAwaiter().GetResult().Total);
        }
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    private static void Stage(string name, int warmCount, List<string> inputs, Func<string, long> run)
    {
        foreach (var input in inputs.Take(warmCount))
            run(input);
        var wall = new List<double>();
        var cpu = new List<double>();
        foreach (var input in inputs)
        {
            var cpu0 = ThreadCpu();
            var clock = Stopwatch.StartNew();
            run(input);
            wall.Add(clock.Elapsed.TotalMilliseconds);
            cpu.Add((ThreadCpu() - cpu0).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        Console.WriteLine(FormattableString.Invariant($"{name,-45} wall p50 {P(wall, 0.5),7:0.0} p95 {P(wall, 0.95),7:0.0} ms | cpu p50 {P(cpu, 0.5),7:0.0} p95 {P(cpu, 0.95),7:0.0} ms | load {LoadAverage()}"));
    }

    /// <summary>CPU time of the whole process (searches here run on one thread at a time, so this is the query's CPU).</summary>
    private static TimeSpan ThreadCpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static long PreviousFacets(SqliteConnection connection, string from, string score, string match)
    {
        Scalar(connection, "CREATE TEMP TABLE IF NOT EXISTS search_hits (key INTEGER PRIMARY KEY, id TEXT NOT NULL, score REAL NOT NULL, published_at TEXT); DELETE FROM temp.search_hits;", match);
        Scalar(connection, $"INSERT INTO temp.search_hits SELECT a.key, a.id, {score}, a.published_at {from}", match);
        var total = Scalar(connection, "SELECT count(*) FROM temp.search_hits", match);
        Scalar(connection, "SELECT count(*) FROM (SELECT key, id, score FROM temp.search_hits ORDER BY score DESC, id LIMIT 10)", match);
        foreach (var sql in new[]
        {
            "SELECT count(*) FROM (SELECT a.source, count(*) FROM temp.search_hits h JOIN articles a ON a.key = h.key WHERE a.source IS NOT NULL GROUP BY a.source ORDER BY 2 DESC, 1 LIMIT 100)",
            "SELECT count(*) FROM (SELECT a.topic, count(*) FROM temp.search_hits h JOIN articles a ON a.key = h.key WHERE a.topic IS NOT NULL GROUP BY a.topic ORDER BY 2 DESC, 1)",
            "SELECT count(*) FROM (SELECT a.day, count(*) FROM temp.search_hits h JOIN articles a ON a.key = h.key WHERE a.day IS NOT NULL GROUP BY a.day ORDER BY 1)",
            "SELECT count(*) FROM (SELECT m.key, max(coalesce(m.canonical, m.text)), max(m.type), count(DISTINCT m.article) AS n FROM (SELECT key FROM temp.search_hits ORDER BY score DESC, id LIMIT 2000) h JOIN entity_mentions m ON m.article = h.key GROUP BY m.key ORDER BY n DESC, m.key LIMIT 10)",
            "DELETE FROM temp.search_hits",
        })
        {
            Scalar(connection, sql, match);
        }
        return total;
    }

    private static long Scalar(SqliteConnection connection, string sql, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("@m", StringComparison.Ordinal))
            command.Parameters.AddWithValue("@m", match);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double P(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
