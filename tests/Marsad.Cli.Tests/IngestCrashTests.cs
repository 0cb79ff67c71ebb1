using System.Diagnostics;
using Marsad.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Marsad.Cli.Tests;

/// <summary>Nothing is lost when ingest is killed: SIGKILL mid-batch, restart, every article exactly once, database consistent.</summary>
public sealed class IngestCrashTests
{
    [Fact]
    public void KilledInsideATransaction_ThenRestarted_StoresEveryArticleExactlyOnce()
    {
        using var dir = new TempDirectory();
        var corpus = StoreCommandsTests.Corpus(dir, 300);
        var db = dir.File("marsad.db");
        // the process kills itself (SIGKILL) after writing 130 rows: two batches of 50 committed, the third half written
        var killed = CliRunner.Run(["ingest", corpus, "--db", db, "--batch-size", "50", "--jobs", "2"],
            environment: new Dictionary<string, string> { ["MARSAD_FAULT_KILL_AFTER_ROWS"] = "130" });
        Assert.Equal(137, killed.ExitCode); // 128 + SIGKILL
        Assert.Equal(100, Count(db, "SELECT count(*) FROM articles"));
        var resumed = CliRunner.Run("ingest", corpus, "--db", db, "--batch-size", "50");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("300 read: 200 added, 0 updated, 100 skipped, 0 failed", resumed.Stdout);
        AssertConsistent(db, 300);
    }

    [Fact]
    public void KilledFromOutside_ThenRestarted_StoresEveryArticleExactlyOnce()
    {
        using var dir = new TempDirectory();
        var corpus = StoreCommandsTests.Corpus(dir, 240);
        var db = dir.File("marsad.db");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "marsad.dll"), "ingest", corpus, "--db", db, "--batch-size", "20", "--jobs", "1" })
            psi.ArgumentList.Add(a);
        using (var process = Process.Start(psi)!)
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2) && (!File.Exists(db) || SafeCount(db) < 60))
                Thread.Sleep(20);
            if (!process.HasExited)
                process.Kill(); // SIGKILL on Linux
            process.WaitForExit();
        }
        var before = SafeCount(db);
        Assert.InRange(before, 0, 240);
        var resumed = CliRunner.Run("ingest", corpus, "--db", db, "--batch-size", "20");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"240 read: {240 - before} added, 0 updated, {before} skipped, 0 failed", resumed.Stdout);
        AssertConsistent(db, 240);
    }

    private static void AssertConsistent(string db, int articles)
    {
        Assert.Equal(articles, Count(db, "SELECT count(*) FROM articles"));
        Assert.Equal(articles, Count(db, "SELECT count(DISTINCT id) FROM articles"));
        Assert.Equal(articles, Count(db, "SELECT count(*) FROM article_terms"));
        using var c = new SqliteConnection($"Data Source={db};Pooling=false");
        c.Open();
        using var check = c.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        check.CommandText = "INSERT INTO article_terms(article_terms) VALUES ('integrity-check')";
        check.ExecuteNonQuery();
        var search = CliRunner.Run("search", "مصر", "--db", db, "--json");
        Assert.Equal(0, search.ExitCode);
    }

    private static long SafeCount(string db)
    {
        try
        {
            return Count(db, "SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }

    private static long Count(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }
}
