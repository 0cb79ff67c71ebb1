using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Marsad.Shared.Tests.Infrastructure;
using Marsad.Storage.Alerts;
using Marsad.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Marsad.Shared.Tests.Alerts;

/// <summary>
/// An alert through the real CLI on the embedded store: it receives exactly the new articles its search matches, each
/// once, in its Atom feed and by webhook — retried with growing delays while the receiver fails, signed with HMAC-SHA256
/// under the alert's secret, and never sent again once delivered.
/// </summary>
public sealed partial class AlertWebhookTests
{
    [Fact]
    public async Task Alert_ReceivesExactlyTheNewMatchingArticles_OnceEach_WithRetriedSignedWebhooks()
    {
        using var dir = new TempDirectory();
        var (before, beforeIds) = SmallArticles.Write(dir, 100, skip: 0, name: "before.jsonl");
        var (batch, batchIds) = SmallArticles.Write(dir, 300, skip: 100, name: "batch.jsonl");
        var (later, laterIds) = SmallArticles.Write(dir, 100, skip: 400, name: "later.jsonl");
        var db = dir.File("store/marsad.db");
        var attempts = new ConcurrentDictionary<string, int>();
        await using var receiver = await LoopbackServer.StartAsync(app => app.MapPost("/hook", (HttpRequest request) =>
        {
            // each delivery fails twice before the receiver accepts it
            var n = attempts.AddOrUpdate(request.Headers[WebhookSigner.DeliveryHeader].ToString(), 1, (_, v) => v + 1);
            return n <= 2 ? Results.StatusCode(500) : Results.Ok();
        }));
        var hook = new Uri(receiver.BaseAddress, "hook").ToString();

        Assert.Equal(0, CliRunner.Run("ingest", before, "--db", db).ExitCode);
        var add = CliRunner.Run("alerts", "add", "مصر", "--name", "مصر", "--webhook", hook, "--db", db);
        Assert.True(add.ExitCode == 0, add.Stderr);
        var secret = SecretLine().Match(add.Stdout).Groups[1].Value;
        Assert.Equal(64, secret.Length);

        var ingest = CliRunner.Run("ingest", batch, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        var expected = Matching(db, "مصر").Intersect(batchIds).ToHashSet();
        Assert.InRange(expected.Count, 10, 290); // a real, selective search
        Assert.Contains($"{expected.Count} new alert matches", ingest.Stdout);
        Assert.Empty(receiver.Requests); // ingest records matches; it never waits on a webhook

        var run = CliRunner.Run("alerts", "run", "--db", db, "--wait", "2m", "--retry-delay", "100ms");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains($"webhooks: {expected.Count} delivered, {2 * expected.Count} failed attempts, 0 waiting", run.Stdout);
        var requests = receiver.Requests.ToList();
        Assert.Equal(3 * expected.Count, requests.Count);
        foreach (var r in requests)
            Assert.True(WebhookSigner.Verify(secret, r.Body, r.Header(WebhookSigner.SignatureHeader)), "bad signature on " + r.Header(WebhookSigner.DeliveryHeader));
        var delivered = requests.GroupBy(r => r.Header(WebhookSigner.DeliveryHeader)!).ToList();
        Assert.All(delivered, g => Assert.Equal(3, g.Count()));
        var deliveredIds = requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("article").GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(expected.Order(), deliveredIds.Order());
        // retries back off: the second wait is about twice the first (100 ms ±20%, then 200 ms ±20%)
        foreach (var g in delivered)
        {
            var times = g.Select(r => r.At).ToList();
            Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(75), "first retry too soon");
            Assert.True(times[2] - times[1] >= TimeSpan.FromMilliseconds(155), "second retry too soon");
        }
        var body = JsonDocument.Parse(requests[0].Body).RootElement;
        Assert.Equal("alert.match", body.GetProperty("event").GetString());
        Assert.Equal(1, body.GetProperty("alert").GetProperty("id").GetInt64());
        Assert.True(body.GetProperty("article").GetProperty("text").GetString()!.Length > 0);

        // the Atom feed lists the same articles, and nothing is sent twice
        Assert.Equal(expected.Order(), FeedIds(db).Order());
        Assert.Contains("0 new matches; webhooks: 0 delivered", CliRunner.Run("alerts", "run", "--db", db).Stdout);
        Assert.Contains("0 added", CliRunner.Run("ingest", batch, "--db", db).Stdout);
        Assert.Contains("0 new matches; webhooks: 0 delivered", CliRunner.Run("alerts", "run", "--db", db).Stdout);
        Assert.Equal(3 * expected.Count, receiver.Requests.Count);

        // later articles: only their matches are new
        Assert.Equal(0, CliRunner.Run("ingest", later, "--db", db).ExitCode);
        var expectedLater = Matching(db, "مصر").Intersect(laterIds).ToHashSet();
        Assert.Equal(0, CliRunner.Run("alerts", "run", "--db", db, "--wait", "2m", "--retry-delay", "100ms").ExitCode);
        Assert.Equal(expected.Union(expectedLater).Order(), FeedIds(db, 1000).Order());
        Assert.Equal(3 * (expected.Count + expectedLater.Count), receiver.Requests.Count);
        Assert.DoesNotContain(FeedIds(db, 1000), beforeIds.Contains);

        var list = JsonDocument.Parse(CliRunner.Run("alerts", "list", "--db", db, "--json").Stdout).RootElement.GetProperty("alerts")[0];
        Assert.Equal(expected.Count + expectedLater.Count, list.GetProperty("matches").GetInt32());
        Assert.Equal(expected.Count + expectedLater.Count, list.GetProperty("deliveries").GetProperty("sent").GetInt32());
        Assert.DoesNotContain(secret, CliRunner.Run("alerts", "list", "--db", db, "--json").Stdout);
    }

    [Fact]
    public void Alert_WithoutWordsOrFilter_IsRefused_AndUnknownIdsAreClearErrors()
    {
        using var dir = new TempDirectory();
        var db = dir.File("marsad.db");
        var empty = CliRunner.Run("alerts", "add", "  ", "--db", db);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("needs search words or at least one filter", empty.Stderr);
        var badHook = CliRunner.Run("alerts", "add", "مصر", "--webhook", "ftp://example.org/x", "--db", db);
        Assert.Equal(2, badHook.ExitCode);
        Assert.Contains("not an absolute http", badHook.Stderr);
        Assert.Equal(0, CliRunner.Run("alerts", "add", "", "--topic", "sports", "--db", db).ExitCode);
        Assert.Equal(3, CliRunner.Run("alerts", "feed", "42", "--db", db).ExitCode);
        Assert.Equal(3, CliRunner.Run("alerts", "remove", "42", "--db", db).ExitCode);
        Assert.Equal(0, CliRunner.Run("alerts", "remove", "1", "--db", db).ExitCode);
        Assert.Contains("no alerts", CliRunner.Run("alerts", "list", "--db", db).Stdout);
    }

    private static IEnumerable<string> Matching(string db, string query)
    {
        var search = CliRunner.Run("search", query, "--db", db, "--json", "--limit", "1000");
        Assert.Equal(0, search.ExitCode);
        return JsonDocument.Parse(search.Stdout).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }

    private static List<string> FeedIds(string db, int limit = 1000)
    {
        var feed = CliRunner.Run("alerts", "feed", "1", "--db", db, "--limit", limit.ToString());
        Assert.Equal(0, feed.ExitCode);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        return XDocument.Parse(feed.Stdout).Root!.Elements(atom + "entry")
            .Select(e => Uri.UnescapeDataString(e.Element(atom + "id")!.Value["urn:marsad:article:".Length..])).ToList();
    }

    [GeneratedRegex(@"secret: ([0-9a-f]+)")]
    private static partial Regex SecretLine();
}
