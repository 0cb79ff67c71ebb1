using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Marsad.Benchmarks.Web;

/// <summary>
/// <c>quality web-load --url http://127.0.0.1:8080 [--clients 100] [--seconds 30] [--warmup 5] [--limit 20]</c>: a bounded
/// closed-loop load on <c>GET /api/search</c> of a running <c>marsad serve</c>. Each of the clients sends one request
/// at a time (a query from Web/queries.txt, in turn) and sends the next as soon as the answer is read, for the given
/// seconds after a warm-up; every request has a 10 s timeout. Prints requests/second, latency percentiles and errors
/// (any non-2xx answer, timeout or connection failure); exits 1 when there was any error.
/// </summary>
internal static class WebLoadHarness
{
    public static int Run(string[] args)
    {
        var options = Options(args);
        if (!options.TryGetValue("url", out var url))
        {
            Console.Error.WriteLine("usage: quality web-load --url http://127.0.0.1:8080 [--clients 100] [--seconds 30] [--warmup 5] [--limit 20]");
            return 2;
        }
        var clients = Int(options, "clients", 100);
        var seconds = Int(options, "seconds", 30);
        var warmup = Int(options, "warmup", 5);
        var limit = Int(options, "limit", 20);
        var queries = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Web", "queries.txt"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(q => $"{url.TrimEnd('/')}/api/search?q={Uri.EscapeDataString(q)}&limit={limit}")
            .ToArray();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
        Console.WriteLine($"load before: {LoadAverage()}; {Environment.ProcessorCount} cores; {clients} clients, {warmup} s warm-up, {seconds} s measured");
        RunAsync(http, queries, clients, TimeSpan.FromSeconds(warmup), record: false).GetAwaiter().GetResult();
        var result = RunAsync(http, queries, clients, TimeSpan.FromSeconds(seconds), record: true).GetAwaiter().GetResult();
        var latencies = result.Latencies;
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests: {latencies.Count + result.Errors} in {result.Elapsed.TotalSeconds:F1} s = {latencies.Count / result.Elapsed.TotalSeconds:F0} requests/s ok; errors: {result.Errors}"));
        if (latencies.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"latency ms: p50 {Percentile(latencies, 0.50):F1}, p90 {Percentile(latencies, 0.90):F1}, p99 {Percentile(latencies, 0.99):F1}, max {latencies[^1]:F1}"));
        }
        foreach (var (what, count) in result.ErrorKinds.OrderByDescending(e => e.Value))
            Console.WriteLine($"  error: {what} ×{count}");
        Console.WriteLine($"load after: {LoadAverage()}");
        return result.Errors == 0 ? 0 : 1;
    }

    private sealed record Outcome(List<double> Latencies, int Errors, Dictionary<string, int> ErrorKinds, TimeSpan Elapsed);

    private static async Task<Outcome> RunAsync(HttpClient http, string[] urls, int clients, TimeSpan duration, bool record)
    {
        var latencies = new List<double>[clients];
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = latencies[c] = [];
            for (var i = c; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    using var response = await http.GetAsync(urls[i % urls.Length], HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                    error = response.IsSuccessStatusCode ? null : "HTTP " + (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    error = e.GetType().Name + ": " + e.Message;
                }
                if (!record)
                    continue;
                if (error is null)
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else
                {
                    lock (errors)
                        errors[error] = errors.GetValueOrDefault(error) + 1;
                }
            }
        })).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        return new Outcome([.. latencies.SelectMany(l => l)], errors.Values.Sum(), errors, elapsed);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
            options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
