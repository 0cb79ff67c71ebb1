using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marsad.Storage.Queries;
using Marsad.Testing.News;
using Microsoft.Extensions.DependencyInjection;
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
    [InlineData("/api/stories?limit=0", "limit")]
    [InlineData("/api/stories?from=2015-11-22&to=2015-11-01", "after")]
    [InlineData("/api/stories?min_articles=0", "min_articles")]
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
        // the paging parameters are read under their snake_case names
        var paged = await GetJsonAsync("/api/entities/" + Q(key) + "?article_limit=1&article_offset=1&quote_limit=2&co_mention_limit=1");
        Assert.Equal(1, paged.GetProperty("articles").GetProperty("items").GetArrayLength());
        Assert.Equal(1, paged.GetProperty("articles").GetProperty("offset").GetInt32());
        Assert.Equal(2, paged.GetProperty("quotes").GetProperty("items").GetArrayLength());
        Assert.Equal(1, paged.GetProperty("co_mentioned").GetArrayLength());
        await GetJsonAsync("/api/entities/" + Q(key) + "?co_mention_limit=1000", HttpStatusCode.BadRequest);
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

    /// <summary>The fixture's story that SANA's Medvedev report belongs to.</summary>
    protected async Task<JsonElement> MedvedevStoryAsync()
    {
        var list = await GetJsonAsync("/api/stories?limit=500");
        return list.GetProperty("items").EnumerateArray().Single(s => Ids(s.GetProperty("articles")).Contains("sana-2015-11-21-medvedev-asean"));
    }

    protected static List<string> Ids(JsonElement array) => [.. array.EnumerateArray().Select(a => a.GetString()!)];

    [Fact]
    public async Task Stories_EveryIngestedArticleInOne_LargestFirst_WithPaging()
    {
        var list = await GetJsonAsync("/api/stories?limit=500");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, list.GetProperty("total").GetInt32());
        // every article the ingestor stored is in exactly one story (the hostile article was written around it)
        var members = items.SelectMany(s => Ids(s.GetProperty("articles"))).ToList();
        Assert.Equal(members.Count, members.Distinct().Count());
        Assert.Equal(NewsFixture.Ids.Order(StringComparer.Ordinal), members.Order(StringComparer.Ordinal));
        var sizes = items.Select(s => s.GetProperty("articles").GetArrayLength()).ToList();
        Assert.Equal(sizes.OrderDescending(), sizes);

        // SANA and Alrai reported Ban Ki-moon meeting Medvedev in Kuala Lumpur: one story across two outlets
        var story = await MedvedevStoryAsync();
        var articles = Ids(story.GetProperty("articles"));
        Assert.Contains("alrai-2015-11-21-ban-meets-medvedev", articles);
        Assert.Superset(new HashSet<string> { "sana", "alrai" }, Ids(story.GetProperty("sources")).ToHashSet());
        Assert.Equal(items[0].GetProperty("id").GetString(), story.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(story.GetProperty("label").GetString()));
        Assert.True(string.CompareOrdinal(story.GetProperty("first").GetString(), story.GetProperty("last").GetString()) <= 0);
        Assert.EndsWith("Z", story.GetProperty("first").GetString(), StringComparison.Ordinal);

        var second = await GetJsonAsync("/api/stories?limit=1&offset=1");
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal(items[1].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(items.Count, second.GetProperty("total").GetInt32());
        var multi = await GetJsonAsync("/api/stories?min_articles=2");
        Assert.All(multi.GetProperty("items").EnumerateArray(), s => Assert.True(s.GetProperty("articles").GetArrayLength() >= 2));
        Assert.Equal(sizes.Count(n => n >= 2), multi.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Stories_ByDate_HaveAnArticleInThePeriod()
    {
        var day = await GetJsonAsync("/api/stories?from=2015-11-19&to=2015-11-19&limit=500");
        var items = day.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Contains(items, s => Ids(s.GetProperty("articles")).Contains("hespress-2015-11-19-un-coalition"));
        // whichever stories the clusterer formed, each listed one spans the day (it has an article published on it)
        Assert.All(items, s => Assert.True(Day(s, "first").CompareTo("2015-11-19") <= 0 && Day(s, "last").CompareTo("2015-11-19") >= 0));
        var later = await GetJsonAsync("/api/stories?from=2015-11-22&limit=500");
        var laterItems = later.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(laterItems, s => Ids(s.GetProperty("articles")).Contains("hespress-2015-11-22-russia-malaysia-deal"));
        Assert.All(laterItems, s => Assert.True(Day(s, "last").CompareTo("2015-11-22") >= 0));
        Assert.True(laterItems.Count < (await GetJsonAsync("/api/stories?limit=500")).GetProperty("total").GetInt32(),
            "the stories of the 19th to the 21st are left out");

        static string Day(JsonElement story, string field) => story.GetProperty(field).GetString()![..10];
    }

    [Fact]
    public async Task Story_ById_TimelineOriginalsAndEntities_Or404()
    {
        var summary = await MedvedevStoryAsync();
        var id = summary.GetProperty("id").GetString()!;
        var story = await GetJsonAsync("/api/stories/" + Q(id));
        Assert.Equal(id, story.GetProperty("id").GetString());
        Assert.Equal(summary.GetProperty("label").GetString(), story.GetProperty("label").GetString());
        var timeline = story.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(Ids(summary.GetProperty("articles")), timeline.Select(t => t.GetProperty("id").GetString()!));
        var times = timeline.Select(t => t.GetProperty("time").GetString()!).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
        var sana = timeline.Single(t => t.GetProperty("id").GetString() == "sana-2015-11-21-medvedev-asean");
        Assert.Equal("sana", sana.GetProperty("source").GetString());
        Assert.Contains("ميدفيديف", sana.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.True(sana.TryGetProperty("duplicate_of", out _));
        Assert.Equal(JsonValueKind.Array, story.GetProperty("originals").ValueKind);
        var entities = story.GetProperty("entities").EnumerateArray().ToList();
        Assert.Contains(entities, e => e.GetProperty("name").GetString() == "بان كي مون" && e.GetProperty("articles").GetInt64() >= 2);
        Assert.Contains(entities, e => e.GetProperty("name").GetString() == "كوالالمبور");

        var problem = await GetJsonAsync("/api/stories/st-0000000000000000", HttpStatusCode.NotFound);
        Assert.Contains("st-0000000000000000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var tooLong = await GetJsonAsync("/api/stories/" + Q(new string('ب', 201)), HttpStatusCode.BadRequest);
        Assert.Contains("id is longer", tooLong.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoryLinks_OfArticlesAndEntities_ComeFromTheStore()
    {
        var story = await MedvedevStoryAsync();
        var id = story.GetProperty("id").GetString()!;
        var news = Factory.Services.GetRequiredService<INewsQueries>();
        var refs = await news.GetArticleStoriesAsync(["sana-2015-11-21-medvedev-asean", "alrai-2015-11-21-ban-meets-medvedev", NewsFixture.HostileId, "no-such-article"], Ct);
        Assert.Equal(2, refs.Count); // the hostile article has no story, the unknown id no article
        var sana = refs["sana-2015-11-21-medvedev-asean"];
        Assert.Equal(id, sana.Id);
        Assert.Equal(story.GetProperty("label").GetString(), sana.Label);
        Assert.Equal(story.GetProperty("articles").GetArrayLength(), sana.Articles);
        Assert.Equal(story.GetProperty("sources").GetArrayLength(), sana.Sources);
        Assert.Equal(sana, refs["alrai-2015-11-21-ban-meets-medvedev"]);

        var ban = (await GetJsonAsync("/api/entities/" + Q("بان كي مون"))).GetProperty("entity").GetProperty("key").GetString()!;
        var stories = await news.ListEntityStoriesAsync(ban, 5, Ct);
        // the meeting's story (at least three of its articles name him) first; the UN's call for a coalition, where he
        // speaks, is in his stories too (its own or, when the clusterer joined it to the meeting, that one)
        Assert.Equal(sana, stories[0].Story);
        Assert.True(stories[0].Articles >= 3, $"{stories[0].Articles} articles of the meeting's story name Ban Ki-moon");
        var call = (await news.GetArticleStoriesAsync(["hespress-2015-11-19-un-coalition"], Ct))["hespress-2015-11-19-un-coalition"];
        Assert.Contains(stories, s => s.Story == call);
        Assert.Equal(stories.Select(s => s.Articles).OrderDescending(), stories.Select(s => s.Articles));
        Assert.Empty(await news.ListEntityStoriesAsync("no such key", 5, Ct));
    }

    [Fact]
    public async Task SearchHits_NameTheirStory()
    {
        var story = await MedvedevStoryAsync();
        var r = await GetJsonAsync("/api/search?q=" + Q("ميدفيديف"));
        var hit = r.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "sana-2015-11-21-medvedev-asean");
        Assert.Equal(story.GetProperty("id").GetString(), hit.GetProperty("story").GetString());
        var hostile = await GetJsonAsync("/api/search?q=" + Q("عاجل"));
        Assert.Equal(JsonValueKind.Null, hostile.GetProperty("hits")[0].GetProperty("story").ValueKind); // written without a story
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
        Assert.All(overview.GetProperty("stories").EnumerateArray(), s => Assert.True(s.GetProperty("articles").GetArrayLength() >= 2));
        using var client = Factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health", Ct));
        var openApi = await GetJsonAsync("/openapi/v1.json");
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/entities", "/api/entities/{key}", "/api/quotes", "/api/events", "/api/stories", "/api/stories/{id}", "/api/stats" })
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
