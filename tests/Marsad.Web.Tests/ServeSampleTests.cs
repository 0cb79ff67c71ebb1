using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Web.Tests;

/// <summary>
/// <c>marsad serve --sample</c> as a new user runs it (the real command in a child process): it listens before the sample
/// is stored, the home page shows the progress until all 307 articles are in, and a second run finds them all stored.
/// </summary>
public sealed class ServeSampleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sample_IsServedWhileItLoads_AndASecondRunStoresNothing()
    {
        using var dir = new TempDirectory();
        var db = dir.File("sample.db");
        using var http = new HttpClient();

        await using (var first = await Serving.StartAsync(db))
        {
            Assert.Contains("sample: storing 307 articles in the background (0 already stored)", first.Output, StringComparison.Ordinal);
            // the models load and the articles are analyzed after the server listens: the first page says it is loading
            var home = await http.GetStringAsync(first.Url + "/", Ct);
            Assert.Contains("id=\"loading\"", home, StringComparison.Ordinal);
            Assert.Contains("<meta http-equiv=\"refresh\" content=\"3\">", home, StringComparison.Ordinal);
            Assert.Contains("من <span class=\"num\">307</span> مقالة", home, StringComparison.Ordinal);

            var articles = 0L;
            var until = DateTime.UtcNow.AddMinutes(8);
            while (DateTime.UtcNow < until && !first.Output.Contains("— ready", StringComparison.Ordinal))
                await Task.Delay(500, Ct);
            Assert.Contains("sample: 307 added, 0 already stored, 0 failed — ready", first.Output, StringComparison.Ordinal);
            articles = (await http.GetFromJsonAsync<JsonElement>(first.Url + "/api/stats", Ct)).GetProperty("articles").GetInt64();
            Assert.Equal(307, articles);
            var done = await http.GetStringAsync(first.Url + "/", Ct);
            Assert.DoesNotContain("id=\"loading\"", done, StringComparison.Ordinal);
            Assert.DoesNotContain("http-equiv=\"refresh\"", done, StringComparison.Ordinal);
            Assert.Contains("id=\"top-stories\"", done, StringComparison.Ordinal);
            var stories = await http.GetFromJsonAsync<JsonElement>(first.Url + "/api/stories?limit=500", Ct);
            Assert.Equal(307, stories.GetProperty("items").EnumerateArray().Sum(s => s.GetProperty("articles").GetArrayLength()));
        }

        await using (var second = await Serving.StartAsync(db))
        {
            Assert.Contains("sample: all 307 articles already stored", second.Output, StringComparison.Ordinal);
            var home = await http.GetStringAsync(second.Url + "/", Ct);
            Assert.DoesNotContain("id=\"loading\"", home, StringComparison.Ordinal);
            Assert.Equal(307, (await http.GetFromJsonAsync<JsonElement>(second.Url + "/api/stats", Ct)).GetProperty("articles").GetInt64());
        }
    }

    /// <summary>A running <c>marsad serve --sample</c> on a free loopback port.</summary>
    private sealed class Serving : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private Serving(Process process) => _process = process;

        public string Url { get; private set; } = "";

        public string Output
        {
            get
            {
                lock (_output)
                    return _output.ToString();
            }
        }

        public static async Task<Serving> StartAsync(string db)
        {
            var psi = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                WorkingDirectory = Path.GetDirectoryName(db)!,
            };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "marsad.dll"), "serve", "--sample", "--db", db, "--urls", "http://127.0.0.1:0" })
                psi.ArgumentList.Add(a);
            var serving = new Serving(Process.Start(psi) ?? throw new InvalidOperationException("cannot start dotnet"));
            serving._process.OutputDataReceived += (_, e) =>
            {
                lock (serving._output)
                    serving._output.AppendLine(e.Data);
            };
            serving._process.ErrorDataReceived += (_, e) =>
            {
                lock (serving._output)
                    serving._output.AppendLine(e.Data);
            };
            serving._process.BeginOutputReadLine();
            serving._process.BeginErrorReadLine();
            var until = DateTime.UtcNow.AddMinutes(3);
            while (DateTime.UtcNow < until && !serving.Output.Contains("Press Ctrl+C", StringComparison.Ordinal) && !serving._process.HasExited)
                await Task.Delay(100, Ct);
            var line = serving.Output.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("open http", StringComparison.Ordinal));
            Assert.True(line is not null, "no address printed:\n" + serving.Output);
            serving.Url = line.Trim()["open ".Length..].Split(' ')[0].TrimEnd('/');
            return serving;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
