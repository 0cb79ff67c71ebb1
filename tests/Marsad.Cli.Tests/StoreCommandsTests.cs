using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Cli.Tests;

/// <summary>ingest, search, export and stats end to end through the real marsad command on real Arabic articles.</summary>
public sealed class StoreCommandsTests
{
    private const int Articles = 120;

    /// <summary>The first <see cref="Articles"/> ANT v2.1 articles as JSON lines (skips without ../shared/data).</summary>
    internal static string Corpus(TempDirectory dir, int count = Articles)
    {
        var source = SharedData.Require("corpus/ant-v2.1-train.jsonl.gz");
        var path = dir.File($"ant-{count}.jsonl");
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(source), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        using var writer = new StreamWriter(path);
        for (var i = 0; i < count && reader.ReadLine() is { } line; i++)
            writer.WriteLine(line);
        return path;
    }

    [Fact]
    public void Ingest_IsIdempotent_AndUpdatesChangedArticles()
    {
        using var dir = new TempDirectory();
        var corpus = Corpus(dir);
        var db = dir.File("store/marsad.db");
        var first = CliRunner.Run("ingest", corpus, "--db", db, "--jobs", "2");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"{Articles} read: {Articles} added, 0 updated, 0 skipped, 0 failed", first.Stdout);
        Assert.Equal("", first.Stderr); // no progress bar when not on a terminal
        var again = CliRunner.Run("ingest", corpus, "--db", db);
        Assert.Contains($"{Articles} read: 0 added, 0 updated, {Articles} skipped, 0 failed", again.Stdout);
        // one article changes: only it is replaced
        var lines = File.ReadAllLines(corpus);
        var changed = JsonSerializer.Deserialize<Dictionary<string, object>>(lines[5])!;
        changed["text"] = "أعلن منظمو مهرجان زمردستان عن برنامج الدورة الجديدة.";
        lines[5] = JsonSerializer.Serialize(changed);
        File.WriteAllLines(corpus, lines);
        var update = CliRunner.Run("ingest", corpus, "--db", db);
        Assert.Contains($"{Articles} read: 0 added, 1 updated, {Articles - 1} skipped, 0 failed", update.Stdout);
        var search = CliRunner.Run("search", "زمردستان", "--db", db, "--json");
        using var doc = JsonDocument.Parse(search.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("total").GetInt32());
        var stats = CliRunner.Run("stats", "--db", db, "--json");
        Assert.Equal(Articles, JsonDocument.Parse(stats.Stdout).RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Search_Json_HasTheInterfaceFields_AndBatchKeepsInputOrder()
    {
        using var dir = new TempDirectory();
        var db = dir.File("marsad.db");
        Assert.Equal(0, CliRunner.Run("ingest", Corpus(dir), "--db", db).ExitCode);
        var r = CliRunner.Run("search", "ذا فويس", "--db", db, "--json", "--limit", "3");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("total").GetInt32() > 0);
        var hit = root.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "score", "headline", "snippet", "published", "source", "highlights" })
            Assert.True(hit.TryGetProperty(field, out _), field);
        foreach (var facet in new[] { "sources", "topics", "entities", "days" })
            Assert.True(root.GetProperty("facets").TryGetProperty(facet, out _), facet);

        var queries = "{\"qid\":\"b\",\"query\":\"فويس\",\"limit\":2}\n{\"qid\":7,\"query\":\"مصر\",\"source\":\"none\"}\nnot json\n{\"qid\":\"c\",\"query\":\"\\\"عاصي الحلاني\\\"\"}\n";
        var batch = CliRunner.Run(["search", "--queries", "-", "--db", db], stdin: queries);
        Assert.Equal(1, batch.ExitCode); // the malformed line is reported, the others answered
        var lines = batch.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("b", lines[0].GetProperty("qid").GetString());
        Assert.Equal(2, lines[0].GetProperty("hits").GetArrayLength());
        Assert.Equal(7, lines[1].GetProperty("qid").GetInt32());
        Assert.Equal(0, lines[1].GetProperty("total").GetInt32());
        Assert.Contains("stdin:3", lines[2].GetProperty("error").GetString());
        Assert.Equal("c", lines[3].GetProperty("qid").GetString());
        Assert.Contains("stdin:3", batch.Stderr);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("((مصر")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("NEAR(\"a\" \"b\")")]
    [InlineData("*")]
    public void Search_HostileQuery_NeverPrintsAStackTrace(string query)
    {
        using var dir = new TempDirectory();
        var db = dir.File("marsad.db");
        Assert.Equal(0, CliRunner.Run("ingest", Corpus(dir, 20), "--db", db).ExitCode);
        var r = CliRunner.Run("search", query, "--db", db, "--json");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr);
        JsonDocument.Parse(r.Stdout);
    }

    [Fact]
    public void Export_WritesJsonlCsvAndParquet_WithFilters()
    {
        using var dir = new TempDirectory();
        var db = dir.File("marsad.db");
        Assert.Equal(0, CliRunner.Run("ingest", Corpus(dir), "--db", db).ExitCode);
        var jsonl = CliRunner.Run("export", "--db", db);
        Assert.Equal(Articles, jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var filtered = CliRunner.Run("export", "--db", db, "--query", "فويس", "--format", "csv");
        Assert.Equal(0, filtered.ExitCode);
        var rows = filtered.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,url,source", rows[0]);
        var total = JsonDocument.Parse(CliRunner.Run("search", "فويس", "--db", db, "--json").Stdout).RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 0 && total < Articles);
        var parquet = dir.File("out.parquet");
        var p = CliRunner.Run("export", "--db", db, "--format", "parquet", "--out", parquet, "--from", "2018-01-01");
        Assert.Equal(0, p.ExitCode);
        var bytes = File.ReadAllBytes(parquet);
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
        Assert.Equal(2, CliRunner.Run("export", "--db", db, "--format", "parquet").ExitCode);
        Assert.Equal(2, CliRunner.Run("export", "--db", db, "--from", "yesterday").ExitCode);
    }

    [Fact]
    public void BadStores_AreClearErrors_WithExitCode4()
    {
        using var dir = new TempDirectory();
        var junk = dir.File("junk.db");
        File.WriteAllText(junk, "ليس متجرا");
        var r = CliRunner.Run("search", "مصر", "--db", junk);
        Assert.Equal(4, r.ExitCode);
        Assert.Contains(junk, r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.Equal("ليس متجرا", File.ReadAllText(junk));
        var missing = CliRunner.Run("search", "مصر", "--db", dir.File("nothing.db"));
        Assert.Equal(4, missing.ExitCode);
        Assert.Contains("no store here", missing.Stderr);
        var down = CliRunner.Run(["stats", "--db", "postgres://marsad@127.0.0.1:1/none"], timeout: TimeSpan.FromMinutes(1));
        Assert.Equal(4, down.ExitCode);
        Assert.Contains("PostgreSQL 127.0.0.1:1/none", down.Stderr);
        Assert.DoesNotContain("   at ", down.Stderr);
    }
}
