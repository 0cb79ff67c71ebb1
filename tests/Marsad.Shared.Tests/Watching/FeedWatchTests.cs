using System.Globalization;
using Marsad.Shared.Tests.Infrastructure;
using Marsad.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Marsad.Shared.Tests.Watching;

/// <summary>
/// <c>marsad watch --once</c> as a real process against a misbehaving loopback news site (see <see cref="NewsSite"/>)
/// and a second host that only fails: every new article is fetched and stored exactly once across rounds, robots.txt
/// and the per-host rate limit are honoured, conditional GETs spare unchanged feeds, and no failure stops the round.
/// </summary>
[Trait("Category", "Fault")]
public sealed class FeedWatchTests
{
    private static readonly TimeSpan HostInterval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Watch_FetchesEachNewArticleOnce_Politely_AndKeepsGoing()
    {
        var site = new NewsSite();
        await using var server = await LoopbackServer.StartAsync(site.Map, "127.0.0.1", "127.0.0.2");
        using var dir = new TempDirectory();
        var main = server.Addresses[0];
        var down = server.Addresses[1];
        var feeds = dir.File("feeds.txt");
        await File.WriteAllLinesAsync(feeds, [
            "# the test site",
            new Uri(main, "feed.xml") + " المرصد",
            new Uri(main, "feed-1256.xml").ToString(),
            new Uri(main, "broken.xml").ToString(),
            new Uri(main, "sitemap.xml").ToString(),
            new Uri(down, "down.xml").ToString(),
        ], TestContext.Current.CancellationToken);
        var db = dir.File("store/marsad.db");
        string[] Watch(string store) => ["watch", "--feeds", feeds, "--db", store, "--once", "--host-interval", "250ms", "--timeout", "4s",
            "--retries", "2", "--retry-delay", "100ms", "--max-page-mb", "1"];

        // round 1: everything new; failures of every kind on the way
        var first = await Task.Run(() => CliRunner.Run(Watch(db), timeout: TimeSpan.FromMinutes(2)));
        Assert.True(first.ExitCode == 1, $"exit {first.ExitCode}: {first.Stdout}{first.Stderr}");
        Assert.Contains("5 feeds polled (0 not modified, 2 failed): 11 new articles, 6 fetched, 1 refused by robots.txt, 4 failed; 6 stored", first.Stdout);
        Assert.Contains("down.xml: HTTP 503", first.Stderr);
        Assert.Contains("broken.xml: ", first.Stderr);
        Assert.Contains("redirect loop", first.Stderr);
        Assert.Contains("larger than", first.Stderr);
        var stored = Stored(db);
        Assert.Equal(["/news/1", "/news/2", "/news/3", "/news/5", "/news/flaky", "/w/1256"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(NewsSite.Headline(7), stored["/w/1256"]); // Windows-1256 page, charset only in its markup
        Assert.Equal(NewsSite.Headline(1), stored["/news/1"]);
        var round1 = server.Requests.ToList();

        // round 2: the site publishes one article and changes its feed's ETag
        site.Publish();
        var second = await Task.Run(() => CliRunner.Run(Watch(db), timeout: TimeSpan.FromMinutes(2)));
        Assert.Contains(": 1 new articles, 1 fetched", second.Stdout);
        Assert.Contains("/news/4", Stored(db).Keys);
        Assert.Equal(7, Stored(db).Count);

        // round 3: nothing changed: the feed answers 304 and no page is fetched
        var requestsBefore = server.Requests.Count(r => r.PathAndQuery.StartsWith("/news/", StringComparison.Ordinal));
        var third = await Task.Run(() => CliRunner.Run(Watch(db), timeout: TimeSpan.FromMinutes(2)));
        Assert.Contains("(1 not modified", third.Stdout);
        Assert.Contains(": 0 new articles, 0 fetched", third.Stdout);
        Assert.Equal(requestsBefore, server.Requests.Count(r => r.PathAndQuery.StartsWith("/news/", StringComparison.Ordinal)));

        var requests = server.Requests.ToList();
        var mainHost = main.Authority;
        // each article page was requested once over three rounds (the flaky one once more: its retry; the slow one once per attempt)
        foreach (var path in new[] { "/news/1", "/news/2", "/news/3", "/news/4", "/news/5", "/w/1256", "/news/missing", "/news/moved" })
            Assert.Equal(1, requests.Count(r => r.Host == mainHost && r.PathAndQuery == path));
        Assert.Equal(2, requests.Count(r => r.PathAndQuery == "/news/flaky"));
        Assert.Equal(3, requests.Count(r => r.PathAndQuery == "/news/slow"));
        // the failing host: one request and two retries per round
        Assert.Equal(3, round1.Count(r => r.Host == down.Authority && r.PathAndQuery == "/down.xml"));
        // robots.txt: asked once per host per run, and obeyed
        Assert.DoesNotContain(requests, r => r.PathAndQuery.StartsWith("/private/", StringComparison.Ordinal));
        // (cached per host for the run: never asked again per page or feed; a transient failure of the first request may be retried once)
        var robotsAsked = requests.Count(r => r.Host == mainHost && r.PathAndQuery == "/robots.txt");
        Assert.True(robotsAsked is >= 3 and <= 4, "robots.txt not asked once per run: " + Log(requests, first, second, third));
        Assert.All(requests.Where(r => r.PathAndQuery != "/robots.txt"), r => Assert.StartsWith("MarsadBot/", r.Header("User-Agent")));
        // conditional GET: the second and third rounds sent the ETag they had
        var feedGets = requests.Where(r => r.Host == mainHost && r.PathAndQuery == "/feed.xml").ToList();
        Assert.Equal([null, "\"edition-1\"", "\"edition-2\""], feedGets.Select(r => r.Header("If-None-Match")));
        // the rate limit: a host gets one request at a time, each starting at least the interval after the previous one
        // ended, so even a client that stalls (a cold connection on a loaded machine) cannot send a burst. The server stamps
        // requests when it gets to them, and a stall on its side can still bunch two stamps; so the check is on runs of
        // five in a row (any five span at least 70% of four intervals), which a server stall cannot fake and a missing limit cannot pass
        var times = requests.Where(r => r.Host == mainHost).Select(r => r.At).Order().ToList();
        Assert.True(times.Count > 20);
        for (var i = 4; i < times.Count; i++)
            Assert.True(times[i] - times[i - 4] >= HostInterval * 4 * 0.70, $"five requests within {(times[i] - times[i - 4]).TotalMilliseconds:0} ms: " + Log(requests));

        // shared mode: the same watch into PostgreSQL queues the articles for workers instead of storing them
        var pg = SharedPostgres.CreateDatabase();
        var shared = await Task.Run(() => CliRunner.Run(Watch(pg), timeout: TimeSpan.FromMinutes(2)));
        Assert.Contains("7 fetched", shared.Stdout);
        Assert.Contains("7 queued", shared.Stdout);
        Assert.Equal(7, await Db.CountAsync(pg, "SELECT count(*) FROM jobs WHERE state = 'queued'"));
        // the seven, and the address /news/moved redirected to
        Assert.Equal(8, await Db.CountAsync(pg, "SELECT count(*) FROM watch_items WHERE state = 'fetched'"));
        var again = await Task.Run(() => CliRunner.Run(Watch(pg), timeout: TimeSpan.FromMinutes(2)));
        Assert.Contains(": 0 new articles, 0 fetched", again.Stdout);
        Assert.Equal(7, await Db.CountAsync(pg, "SELECT count(*) FROM jobs"));
    }

    private static string Log(IEnumerable<RecordedRequest> requests, params CliRunner.Result[] runs) =>
        string.Join('\n', requests.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.At:HH:mm:ss.fff} {r.Host} {r.PathAndQuery}")))
        + "\n" + string.Join('\n', runs.Select(r => r.Stdout + r.Stderr));

    /// <summary>Article path → headline, for everything in the embedded store.</summary>
    private static Dictionary<string, string> Stored(string db)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT url, headline FROM articles";
        using var reader = command.ExecuteReader();
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
            stored[new Uri(reader.GetString(0)).AbsolutePath] = reader.GetString(1);
        return stored;
    }
}
