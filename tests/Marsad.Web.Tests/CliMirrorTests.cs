using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Web.Tests;

/// <summary><c>marsad entities|quotes|events --json</c> print exactly what the HTTP API returns for the same request.</summary>
public sealed class CliMirrorTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Theory]
    [InlineData("/api/entities?limit=5&type=PER", new[] { "entities", "--limit", "5", "--type", "PER" })]
    [InlineData("/api/entities/%D8%A8%D8%A7%D9%86%20%D9%83%D9%8A%20%D9%85%D9%88%D9%86?article_limit=20&quote_limit=20", new[] { "entities", "بان كي مون" })]
    [InlineData("/api/quotes?speaker=%D9%83%D9%8A%20%D9%85%D9%88%D9%86&limit=20", new[] { "quotes", "--speaker", "كي مون" })]
    [InlineData("/api/quotes?about=%D8%A7%D9%84%D8%A5%D8%B1%D9%87%D8%A7%D8%A8&from=2015-11-21&limit=20", new[] { "quotes", "--about", "الإرهاب", "--from", "2015-11-21" })]
    [InlineData("/api/events?type=meeting&limit=20", new[] { "events", "--type", "meeting" })]
    [InlineData("/api/events?actor=%D9%85%D8%A7%D9%84%D9%8A%D8%B2%D9%8A%D8%A7&limit=20", new[] { "events", "--actor", "ماليزيا" })]
    public async Task CliJson_IsTheApiJson(string url, string[] args)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        var api = await client.GetStringAsync(url, ct);
        var cli = CliRunner.Run([.. args, "--db", factory.Db, "--json"]);
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Equal(Canonical(api), Canonical(cli.Stdout));
    }

    [Fact]
    public async Task CliStoriesJson_IsTheApiJson()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/stories?limit=500", ct));
        var cli = CliRunner.Run("stories", "--db", factory.Db, "--json");
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        using var listed = JsonDocument.Parse(cli.Stdout);
        Assert.Equal(JsonSerializer.Serialize(listed.RootElement.GetProperty("stories")), JsonSerializer.Serialize(api.RootElement.GetProperty("items")));
        Assert.True(api.RootElement.GetProperty("items").GetArrayLength() > 1);

        foreach (var story in api.RootElement.GetProperty("items").EnumerateArray().Take(3))
        {
            var id = story.GetProperty("id").GetString()!;
            var one = await client.GetStringAsync("/api/stories/" + Uri.EscapeDataString(id), ct);
            var shown = CliRunner.Run("story", id, "--db", factory.Db, "--json");
            Assert.True(shown.ExitCode == 0, shown.Stderr);
            Assert.Equal(Canonical(shown.Stdout), Canonical(one));
        }
    }

    [Fact]
    public void Cli_UnknownEntity_IsAClearError()
    {
        _ = factory.Db;
        var cli = CliRunner.Run("entities", "زمردستان", "--db", factory.Db);
        Assert.Equal(3, cli.ExitCode);
        Assert.Contains("no entity 'زمردستان'", cli.Stderr, StringComparison.Ordinal);
    }

    private static string Canonical(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
