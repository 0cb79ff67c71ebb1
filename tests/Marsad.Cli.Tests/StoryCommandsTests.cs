using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Cli.Tests;

/// <summary>stories, story and story ids in search, end to end through the real marsad command on real Arabic articles.</summary>
public sealed class StoryCommandsTests
{
    [Fact]
    public void SecondIngest_ContinuesTheSameStories_AsOneIngestOfEverything()
    {
        using var dir = new TempDirectory();
        var all = File.ReadAllLines(StoreCommandsTests.Corpus(dir, 150));
        File.WriteAllLines(dir.File("part1.jsonl"), all[..100]);
        File.WriteAllLines(dir.File("part2.jsonl"), all[100..]);
        var once = dir.File("once.db");
        var twice = dir.File("twice.db");
        Assert.Equal(0, CliRunner.Run("ingest", dir.File("ant-150.jsonl"), "--db", once).ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", dir.File("part1.jsonl"), "--db", twice).ExitCode);
        var afterFirst = Stories(twice);
        Assert.Equal(100, afterFirst.Sum(s => s.Value.Length));
        Assert.Equal(0, CliRunner.Run("ingest", dir.File("part2.jsonl"), "--db", twice).ExitCode);

        var expected = Stories(once);
        var continued = Stories(twice);
        Assert.Equal(150, continued.Sum(s => s.Value.Length));
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + string.Join(',', p.Value)),
            continued.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + string.Join(',', p.Value)));
        // every story of the first run is still there, with at least the same articles
        Assert.All(afterFirst, s => Assert.Superset(s.Value.ToHashSet(), continued[s.Key].ToHashSet()));
        Assert.Contains(continued, s => s.Value.Length > 2);
    }

    [Fact]
    public void Story_ShowsTheTimeline_AndSearchHitsCarryStoryIds()
    {
        using var dir = new TempDirectory();
        var db = dir.File("marsad.db");
        Assert.Equal(0, CliRunner.Run("ingest", StoreCommandsTests.Corpus(dir), "--db", db).ExitCode);
        var list = CliRunner.Run("stories", "--db", db, "--json");
        Assert.Equal(0, list.ExitCode);
        using var stories = JsonDocument.Parse(list.Stdout);
        var largest = stories.RootElement.GetProperty("stories")[0];
        foreach (var field in new[] { "id", "label", "articles", "sources", "first", "last" })
            Assert.True(largest.TryGetProperty(field, out _), $"field '{field}' missing");
        var id = largest.GetProperty("id").GetString()!;
        var articles = largest.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.True(articles.Count > 1);

        var story = CliRunner.Run("story", id, "--db", db, "--json");
        Assert.Equal(0, story.ExitCode);
        using var detail = JsonDocument.Parse(story.Stdout);
        var timeline = detail.RootElement.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(articles, timeline.Select(t => t.GetProperty("id").GetString()!));
        Assert.Equal(largest.GetProperty("label").GetString(), detail.RootElement.GetProperty("label").GetString());
        Assert.Contains(timeline, t => t.GetProperty("headline").GetString() == largest.GetProperty("label").GetString());
        Assert.True(detail.RootElement.GetProperty("entities").GetArrayLength() > 0);

        var text = CliRunner.Run("story", id, "--db", db);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains(largest.GetProperty("label").GetString()!, text.Stdout);
        Assert.Contains(articles[0], text.Stdout);

        var headline = timeline[0].GetProperty("headline").GetString()!;
        var search = CliRunner.Run("search", headline, "--plain", "--db", db, "--json", "--limit", "50");
        using var hits = JsonDocument.Parse(search.Stdout);
        var hit = hits.RootElement.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetString() == articles[0]);
        Assert.Equal(id, hit.GetProperty("story").GetString());
        Assert.Contains("story " + id, CliRunner.Run("search", headline, "--plain", "--db", db, "--limit", "50").Stdout);
    }

    [Fact]
    public void Stories_BadArguments_AreClearErrors()
    {
        using var dir = new TempDirectory();
        var db = dir.File("marsad.db");
        Assert.Equal(0, CliRunner.Run("ingest", StoreCommandsTests.Corpus(dir, 20), "--db", db).ExitCode);
        var unknown = CliRunner.Run("story", "st-0000000000000000", "--db", db);
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("no story 'st-0000000000000000'", unknown.Stderr);
        var range = CliRunner.Run("stories", "--db", db, "--from", "2018-05-02", "--to", "2018-05-01");
        Assert.Equal(2, range.ExitCode);
        Assert.Equal(2, CliRunner.Run("stories", "--db", db, "--from", "yesterday").ExitCode);
        var missing = CliRunner.Run("stories", "--db", dir.File("none.db"));
        Assert.Equal(4, missing.ExitCode);
        Assert.DoesNotContain("   at ", missing.Stderr);
        var empty = CliRunner.Run("stories", "--db", db, "--from", "1990-01-01", "--to", "1990-01-02", "--json");
        Assert.Equal("{\"stories\":[]}", empty.Stdout.Trim());
    }

    private static Dictionary<string, string[]> Stories(string db)
    {
        var r = CliRunner.Run("stories", "--db", db, "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        return doc.RootElement.GetProperty("stories").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).Order(StringComparer.Ordinal).ToArray());
    }
}
