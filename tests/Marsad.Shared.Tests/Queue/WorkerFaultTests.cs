using Marsad.Shared.Tests.Infrastructure;
using Marsad.Testing;
using Xunit;

namespace Marsad.Shared.Tests.Queue;

/// <summary>
/// FAULT TESTS (multi-process, real PostgreSQL): worker processes are killed, restarted and cut off from the database
/// while they work; every article must end up stored exactly once with no job left behind. They run one at a time
/// (collection "faults") and are tagged Category=Fault (filter them out with --filter Category!=Fault).
/// </summary>
[Collection("faults")]
[Trait("Category", "Fault")]
public sealed class WorkerFaultTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    /// <summary>A drain fails when no job has finished for this long (a stuck queue), however slow the machine is…</summary>
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(90);

    /// <summary>…or when it takes longer than this in all.</summary>
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task ThreeWorkers_OneKilledMidJob_OneRestarted_StoreEveryArticleExactlyOnce()
    {
        using var dir = new TempDirectory();
        var (corpus, ids) = SmallArticles.Write(dir, 5000);
        var db = SharedPostgres.CreateDatabase();
        var enqueue = CliRunner.Run("ingest", corpus, "--db", db, "--enqueue");
        Assert.True(enqueue.ExitCode == 0, enqueue.Stderr);
        Assert.Contains("5000 read: 5000 queued, 0 already stored, 0 already queued, 0 failed", enqueue.Stdout);

        string[] Worker(string id) => ["worker", "--db", db, "--id", id, "--lease", "3s", "--batch-size", "16", "--jobs", "1", "--poll", "200ms", "--no-alerts"];
        using var victim = MarsadProcess.Start(Worker("victim"));
        using var steady = MarsadProcess.Start(Worker("steady"));
        var restarted = MarsadProcess.Start(Worker("restarted"));
        try
        {
            // kill the victim while it holds leased jobs, after the queue is well under way
            Assert.True(await Wait.UntilAsync(async () =>
                await Db.CountAsync(db, "SELECT count(*) FROM jobs WHERE state = 'done'") >= 500
                && await Db.CountAsync(db, "SELECT count(*) FROM jobs WHERE state = 'running' AND lease_owner = 'victim'") > 0,
                Deadline, TimeSpan.FromMilliseconds(50)), "the victim never held jobs mid-run: " + victim);
            victim.KillHard();
            var orphaned = await Db.CountAsync(db, "SELECT count(*) FROM jobs WHERE state = 'running' AND lease_owner = 'victim'");
            Assert.True(orphaned > 0, "the victim was killed holding no job");

            // stop another gracefully and start it again
            restarted.Terminate();
            Assert.True(restarted.WaitForExit(TimeSpan.FromSeconds(60)), "SIGTERM did not stop the worker: " + restarted);
            Assert.True(restarted.ExitCode == 0, restarted.Stderr);
            Assert.Contains("worker restarted stopped:", restarted.Stderr);
            restarted.Dispose();
            restarted = MarsadProcess.Start(Worker("restarted"));

            var drained = await Wait.WhileProgressingAsync(() =>
                Db.CountAsync(db, "SELECT count(*) FROM jobs WHERE state IN ('queued', 'running')"), Stall, Cap, TimeSpan.FromMilliseconds(500));
            Assert.True(drained.Done, $"the queue did not drain ({drained.Remaining} jobs left): " + steady + restarted);
            foreach (var worker in new[] { steady, restarted })
            {
                worker.Terminate();
                Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(60)), "SIGTERM did not stop " + worker);
                Assert.Equal(0, worker.ExitCode);
            }

            Assert.Equal(0, await Db.CountAsync(db, "SELECT count(*) FROM jobs WHERE state <> 'done'"));
            Assert.Equal(5000, await Db.CountAsync(db, "SELECT count(*) FROM jobs"));
            Assert.Equal(5000, await Db.CountAsync(db, "SELECT count(*) FROM articles"));
            var stored = await Db.StringsAsync(db, "SELECT id FROM articles");
            Assert.Equal(ids.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
            // the jobs the victim held were re-claimed after its lease expired: a second attempt, done once
            Assert.True(await Db.CountAsync(db, "SELECT count(*) FROM jobs WHERE attempts > 1") >= orphaned);
            Assert.Contains("lease expired", steady.Stderr + restarted.Stderr);
            // findings were written once per article: no duplicate postings or entity rows
            Assert.Equal(0, await Db.CountAsync(db, "SELECT count(*) FROM (SELECT article FROM postings GROUP BY article, term HAVING count(*) > 1) d"));
            Assert.Equal(await Db.CountAsync(db, "SELECT count(*) FROM articles WHERE token_count > 0"),
                await Db.CountAsync(db, "SELECT count(DISTINCT article) FROM postings"));
        }
        finally
        {
            restarted.Dispose();
        }
    }

    [Fact]
    public async Task PostgresRestartedMidIngest_WorkersReconnectAndFinish_NothingLostOrDuplicated()
    {
        using var server = TemporaryPostgres.Require(TemporaryPostgres.TryStart());
        using var dir = new TempDirectory();
        var (corpus, ids) = SmallArticles.Write(dir, 1500, skip: 5000);
        var db = server.CreateDatabase();
        Assert.Equal(0, CliRunner.Run("alerts", "add", "مصر", "--db", db).ExitCode);
        var enqueue = CliRunner.Run("ingest", corpus, "--db", db, "--enqueue");
        Assert.True(enqueue.ExitCode == 0, enqueue.Stderr);

        string[] Worker(string id) => ["worker", "--db", db, "--id", id, "--lease", "5s", "--batch-size", "16", "--jobs", "1", "--poll", "200ms"];
        using var a = MarsadProcess.Start(Worker("a"));
        using var b = MarsadProcess.Start(Worker("b"));
        Assert.True(await Wait.UntilAsync(async () => await Db.CountAsync(db, "SELECT count(*) FROM jobs WHERE state = 'done'") >= 300, Deadline),
            "the workers did not get going: " + a + b);

        server.Stop("immediate"); // as a crash looks to clients
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.False(a.HasExited, "worker a gave up when the database went away: " + a);
        Assert.False(b.HasExited, "worker b gave up when the database went away: " + b);
        server.Restart();

        var drained = await Wait.WhileProgressingAsync(async () =>
            await Db.TryCountAsync(db, "SELECT count(*) FROM jobs WHERE state IN ('queued', 'running')") is var left and >= 0 ? left : long.MaxValue,
            Stall, Cap, TimeSpan.FromMilliseconds(500));
        Assert.True(drained.Done, $"the queue did not drain after the restart ({drained.Remaining} jobs left): " + a + b);
        foreach (var worker in new[] { a, b })
        {
            worker.Terminate();
            Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(60)), "SIGTERM did not stop " + worker);
            Assert.Equal(0, worker.ExitCode);
            Assert.Contains("database unavailable", worker.Stderr);
            Assert.Contains("database reachable again", worker.Stderr);
        }
        Assert.Equal(0, await Db.CountAsync(db, "SELECT count(*) FROM jobs WHERE state <> 'done'"));
        Assert.Equal(1500, await Db.CountAsync(db, "SELECT count(*) FROM articles"));
        var stored = await Db.StringsAsync(db, "SELECT id FROM articles");
        Assert.Equal(ids.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        // the alert saw every new article once, across the outage
        Assert.Equal(0, await Db.CountAsync(db, "SELECT count(*) FROM article_changes"));
        var search = CliRunner.Run("search", "مصر", "--db", db, "--json", "--limit", "1");
        var total = System.Text.Json.JsonDocument.Parse(search.Stdout).RootElement.GetProperty("total").GetInt64();
        Assert.Equal(total, await Db.CountAsync(db, "SELECT count(*) FROM alert_matches WHERE alert = 1"));
    }
}
