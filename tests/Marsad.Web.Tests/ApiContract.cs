using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marsad.Testing.News;
using Xunit;

namespace Marsad.Web.Tests;

/// <summary>The HTTP API against a real store (run on SQLite and on PostgreSQL).</summary>
public abstract class ApiContract<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : MarsadWebFactory
{
    protected TFactory Factory { get; } = factory;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = Factory.CreateClient();
        using var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    protected static string Q(string s) => Uri.EscapeDataString(s);

    [Fact]
    public async Task Search_FindsArticles_WithHighlightsFacetsAndPaging()
    {
        var r = await GetJsonAsync("/api/search?q=" + Q("ميدفيديف"));
        Assert.True(r.GetProperty("total").GetInt64() >= 2);
        var hit = r.GetProperty("hits")[0];
        var snippet = hit.GetProperty("snippet").GetString()!;
        foreach (var span in hit.GetProperty("highlights").EnumerateArray())
            Assert.InRange(span[1].GetInt32(), span[0].GetInt32() + 1, snippet.Length);
        Assert.True(hit.TryGetProperty("headline_highlights", out _)); // snake_case, as the CLI's JSON
        var sources = r.GetProperty("facets").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("value").GetString()).ToList();
        Assert.Contains("alrai", sources);
        Assert.Contains(r.GetProperty("facets").GetProperty("days").EnumerateArray(), d => d.GetProperty("value").GetString() == "2015-11-21");

        var alrai = await GetJsonAsync("/api/search?q=" + Q("ميدفيديف") + "&source=alrai");
        Assert.All(alrai.GetProperty("hits").EnumerateArray(), h => Assert.Equal("alrai", h.GetProperty("source").GetString()));
        var day = await GetJsonAsync("/api/search?q=" + Q("ماليزيا") + "&from=2015-11-22&to=2015-11-22&sort=newest");
        Assert.All(day.GetProperty("hits").EnumerateArray(), h => Assert.StartsWith("2015-11-22", h.GetProperty("published").GetString(), StringComparison.Ordinal));
        var second = await GetJsonAsync("/api/search?q=" + Q("ميدفيديف") + "&limit=1&offset=1&facets=false");
        Assert.Equal(1, second.GetProperty("hits").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("facets").ValueKind);
        Assert.NotEqual(hit.GetProperty("id").GetString(), second.GetProperty("hits")[0].GetProperty("id").GetString());
        // by entity, any spelling
        var byEntity = await GetJsonAsync("/api/search?entity=" + Q("بان كى مون"));
        Assert.True(byEntity.GetProperty("total").GetInt64() >= 3);
    }

    [Theory]
    [InlineData("/api/search?q=x&limit=0", "limit")]
    [InlineData("/api/search?q=x&limit=501", "limit")]
    [InlineData("/api/search?q=x&offset=-3", "offset")]
    [InlineData("/api/search?q=x&sort=sideways", "sort")]
    [InlineData("/api/search?q=x&from=2015-11-22&to=2015-11-01", "after")]
    [InlineData("/api/entities?type=PERSON", "type")]
    [InlineData("/api/quotes?limit=9999", "limit")]
    [InlineData("/api/events?offset=2000000", "offset")]
    public async Task BadRequests_AreProblemDetails(string url, string mentions)
    {
        using var client = Factory.CreateClient();
        using var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BadRequests_MalformedValuesAndHugeQueries_Are400()
    {
        using var client = Factory.CreateClient();
        foreach (var url in new[] { "/api/search?from=yesterday", "/api/search?limit=many", "/api/search?q=" + new string('ب', 5000) })
        {
            using var response = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task Article_ById_IsTheInterfacesRecord_Or404()
    {
        var a = await GetJsonAsync("/api/articles/" + Q("sana-2015-11-21-medvedev-asean"));
        Assert.Equal("sana", a.GetProperty("source").GetProperty("name").GetString());
        Assert.Contains(a.GetProperty("entities").EnumerateArray(), e => e.GetProperty("text").GetString() == "كي مون");
        Assert.Contains(a.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("via").GetString() == "وكالة سبوتنيك الروسية");
        var problem = await GetJsonAsync("/api/articles/no-such-article", HttpStatusCode.NotFound);
        Assert.Contains("no-such-article", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_ListAndOne_WithSpellingsDaysCoMentionsAndQuotes()
    {
        var list = await GetJsonAsync("/api/entities?limit=3");
        Assert.Equal(3, list.GetProperty("items").GetArrayLength());
        Assert.Equal(3, list.GetProperty("limit").GetInt32());
        Assert.True(list.GetProperty("total").GetInt64() > 10);
        var people = await GetJsonAsync("/api/entities?type=PER&limit=50");
        Assert.All(people.GetProperty("items").EnumerateArray(), e => Assert.Equal("PER", e.GetProperty("type").GetString()));

        var ban = await GetJsonAsync("/api/entities/" + Q("بان كي مون"));
        Assert.Equal("بان كي مون", ban.GetProperty("entity").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(ban.GetProperty("entity").GetProperty("latin").GetString()));
        Assert.Contains(ban.GetProperty("spellings").EnumerateArray(), s => s.GetProperty("text").GetString() == "كي مون");
        Assert.Equal(3, ban.GetProperty("days").GetArrayLength());
        Assert.Contains(ban.GetProperty("co_mentioned").EnumerateArray(), c => c.GetProperty("name").GetString() == "الأمم المتحدة");
        Assert.Equal(4, ban.GetProperty("quotes").GetProperty("total").GetInt64());
        Assert.Equal("بان كي مون", ban.GetProperty("quotes").GetProperty("items")[0].GetProperty("speaker_canonical").GetString());
        // the key listed works as well as any spelling
        var key = ban.GetProperty("entity").GetProperty("key").GetString()!;
        Assert.Equal(key, (await GetJsonAsync("/api/entities/" + Q(key))).GetProperty("entity").GetProperty("key").GetString());
        await GetJsonAsync("/api/entities/" + Q("زمردستان"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Quotes_BySpeakerAndSubject()
    {
        var medvedev = await GetJsonAsync("/api/quotes?speaker=" + Q("ميدفيديف"));
        Assert.Contains(medvedev.GetProperty("items").EnumerateArray(), q => q.GetProperty("via").GetString() == "وكالة سبوتنيك الروسية");
        var about = await GetJsonAsync("/api/quotes?about=" + Q("الإرهاب") + "&limit=2");
        Assert.Equal(2, about.GetProperty("items").GetArrayLength());
        Assert.True(about.GetProperty("total").GetInt64() >= 3);
        var article = about.GetProperty("items")[0].GetProperty("article");
        Assert.False(string.IsNullOrEmpty(article.GetProperty("headline").GetString()));
    }

    [Fact]
    public async Task Events_ByTypeAndActor()
    {
        var meetings = await GetJsonAsync("/api/events?type=meeting");
        Assert.Equal(2, meetings.GetProperty("total").GetInt64());
        Assert.Contains(meetings.GetProperty("types").EnumerateArray(), t => t.GetProperty("value").GetString() == "agreement");
        var malaysia = await GetJsonAsync("/api/events?actor=" + Q("ماليزيا"));
        Assert.All(malaysia.GetProperty("items").EnumerateArray(), e => Assert.Equal("agreement", e.GetProperty("type").GetString()));
        Assert.Equal(2, malaysia.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Stories_SayTheyAreNotAvailable()
    {
        var problem = await GetJsonAsync("/api/stories", HttpStatusCode.NotImplemented);
        Assert.Contains("not available", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await GetJsonAsync("/api/stories/some-id", HttpStatusCode.NotImplemented);
    }

    [Fact]
    public async Task StatsOverviewHealthAndOpenApi()
    {
        var stats = await GetJsonAsync("/api/stats");
        Assert.Equal(8, stats.GetProperty("articles").GetInt64());
        Assert.Equal("2015-11-22", stats.GetProperty("last_day").GetString());
        var overview = await GetJsonAsync("/api/overview");
        Assert.Equal("2015-11-22", overview.GetProperty("latest_day").GetString());
        Assert.Equal(4, overview.GetProperty("lead").GetArrayLength());
        Assert.NotEqual(0, overview.GetProperty("volume").GetArrayLength());
        using var client = Factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health", Ct));
        var openApi = await GetJsonAsync("/openapi/v1.json");
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/entities", "/api/entities/{key}", "/api/quotes", "/api/events", "/api/stories", "/api/stats" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        using var reference = await client.GetAsync("/scalar/", Ct);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        using var script = await client.GetAsync("/scalar/scalar.js", Ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode); // served by the app, not a CDN
    }

    [Fact]
    public async Task Api_OnlyReads()
    {
        using var client = Factory.CreateClient();
        using var post = await client.PostAsync("/api/search", new StringContent("{}"), Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        using var delete = await client.DeleteAsync("/api/articles/" + Q(NewsFixture.HostileId), Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
    }
}

public sealed class SqliteApiTests(SqliteWebFactory factory) : ApiContract<SqliteWebFactory>(factory);

public sealed class PostgresApiTests(PostgresWebFactory factory) : ApiContract<PostgresWebFactory>(factory);
