using System.Net;
using Marsad.Testing.News;
using Xunit;

namespace Marsad.Web.Tests;

/// <summary>The server-rendered pages: they render the store's content, encode everything from articles, and carry a CSP.</summary>
public sealed class PagesTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> GetAsync(string url)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct), response);
    }

    [Theory]
    [InlineData("/", "أخبار 22 نوفمبر 2015")]
    [InlineData("/search?q=%D9%85%D9%8A%D8%AF%D9%81%D9%8A%D8%AF%D9%8A%D9%81", "<mark>ميدفيديف</mark>")]
    [InlineData("/article/sana-2015-11-21-medvedev-asean", "class=\"quote-speaker\"")]
    [InlineData("/entity/%D8%A8%D8%A7%D9%86%20%D9%83%D9%8A%20%D9%85%D9%88%D9%86", "طرق الكتابة")]
    [InlineData("/entities", "كوالالمبور")]
    [InlineData("/quotes?speaker=%D9%83%D9%8A%20%D9%85%D9%88%D9%86", "وكالة سبوتنيك")]
    [InlineData("/events?type=meeting", "لقاء")]
    [InlineData("/stories", "id=\"story-list\"")]
    [InlineData("/stories?all=true&from=2015-11-19&to=2015-11-19", "hespress")]
    public async Task Page_Renders_RightToLeftArabic_WithAPolicy(string url, string expected)
    {
        var (status, html, response) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase); // the pages need no script at all
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal); // nor inline styles (the CSP forbids them)
        response.Dispose();
    }

    [Fact]
    public async Task Article_MarksEntitiesWithTheirTypeAndLinksThem()
    {
        var (_, html, response) = await GetAsync("/article/sana-2015-11-21-medvedev-asean");
        response.Dispose();
        Assert.Contains("class=\"ent t-PER\" href=\"/entity/%D8%A8%D8%A7%D9%86%20%D9%83%D9%8A%20%D9%85%D9%88%D9%86\"", html, StringComparison.Ordinal); // بان كي مون
        Assert.Contains("class=\"ent t-ORG\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"ent t-LOC\"", html, StringComparison.Ordinal);
        Assert.Contains("عبر وكالة سبوتنيك الروسية", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileArticle_IsShownAsText()
    {
        var (status, html, response) = await GetAsync("/article/" + NewsFixture.HostileId);
        response.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>hostile", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;headline&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(&#x27;body-img&#x27;)&gt;", html, StringComparison.Ordinal);
        // and in search results, where snippets and headlines are highlighted
        var (_, results, r2) = await GetAsync("/search?q=%D8%B9%D8%A7%D8%AC%D9%84"); // عاجل
        r2.Dispose();
        Assert.Contains("&lt;script&gt;", results, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", results, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Story_ShowsItsArticlesAcrossOutlets_AndIsLinkedFromArticleEntityHomeAndSearch()
    {
        using var client = factory.CreateClient();
        using var list = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/stories?limit=500", Ct));
        var story = list.RootElement.GetProperty("items").EnumerateArray()
            .Single(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == "sana-2015-11-21-medvedev-asean"));
        var id = story.GetProperty("id").GetString()!;
        var link = "href=\"/story/" + Uri.EscapeDataString(id) + "\"";
        var (status, html, response) = await GetAsync("/story/" + Uri.EscapeDataString(id));
        response.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 id=\"story-label\">", html, StringComparison.Ordinal);
        Assert.Contains(story.GetProperty("label").GetString()!, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        foreach (var member in story.GetProperty("articles").EnumerateArray())
            Assert.Contains("href=\"/article/" + Uri.EscapeDataString(member.GetString()!) + "\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"source\">sana</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"source\">alrai</span>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"timeline-day\">21 نوفمبر 2015", html, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"dot", html, StringComparison.Ordinal); // the timeline chart
        Assert.Contains("href=\"/entity/", html, StringComparison.Ordinal);
        Assert.Contains("بان كي مون", html, StringComparison.Ordinal);

        var (_, article, r1) = await GetAsync("/article/sana-2015-11-21-medvedev-asean");
        r1.Dispose();
        Assert.Contains("id=\"story-link\" " + link, article, StringComparison.Ordinal);
        var (_, entity, r2) = await GetAsync("/entity/%D8%A8%D8%A7%D9%86%20%D9%83%D9%8A%20%D9%85%D9%88%D9%86"); // بان كي مون
        r2.Dispose();
        Assert.Contains(link, entity[entity.IndexOf("id=\"entity-stories\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var (_, search, r3) = await GetAsync("/search?q=%D9%85%D9%8A%D8%AF%D9%81%D9%8A%D8%AF%D9%8A%D9%81"); // ميدفيديف
        r3.Dispose();
        Assert.Contains("class=\"story-link\" " + link, search, StringComparison.Ordinal);
        var (_, stories, r4) = await GetAsync("/stories");
        r4.Dispose();
        Assert.Contains(link, stories, StringComparison.Ordinal);
        // the hostile article, written without the ingestor, has no story and says so
        var (_, hostile, r5) = await GetAsync("/article/" + NewsFixture.HostileId);
        r5.Dispose();
        Assert.Contains("لم تُضمّ هذه المقالة إلى قصة بعد", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_BadDates_SaySoWithoutFailing()
    {
        var (status, html, response) = await GetAsync("/stories?from=2015-11-22&to=2015-11-01");
        response.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("تاريخ البداية بعد تاريخ النهاية", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/story/st-0000000000000000")]
    [InlineData("/article/no-such-article")]
    [InlineData("/entity/%D8%B2%D9%85%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86")]
    [InlineData("/no/such/page")]
    public async Task Missing_Is404Page(string url)
    {
        var (status, html, response) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        response.Dispose();
    }

    [Fact]
    public async Task Search_SecondPage_IsAnotherPage()
    {
        // regression: Razor Pages' own "page" route value once shadowed the page number, so every page was the first
        var (_, first, r1) = await GetAsync("/search?q=%D9%85%D9%8A%D8%AF%D9%81%D9%8A%D8%AF%D9%8A%D9%81"); // ميدفيديف
        var (status, second, r2) = await GetAsync("/search?q=%D9%85%D9%8A%D8%AF%D9%81%D9%8A%D8%AF%D9%8A%D9%81&p=2");
        r1.Dispose();
        r2.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"headline\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"headline\"", second, StringComparison.Ordinal); // the fixture's hits all fit on page 1
        Assert.DoesNotContain("تاريخ غير صالح", first + second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadDate_SaysSoWithoutFailing()
    {
        var (status, html, response) = await GetAsync("/search?q=x&from=2015-13-45");
        response.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("تاريخ غير صالح", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fonts_AreServedByTheApp()
    {
        var (status, css, response) = await GetAsync("/css/fonts.css");
        response.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Noto Naskh Arabic", css, StringComparison.Ordinal);
        using var client = factory.CreateClient();
        using var font = await client.GetAsync("/fonts/noto-sans-arabic-arabic-400-normal.woff2", Ct);
        Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
        Assert.True((await font.Content.ReadAsByteArrayAsync(Ct)).Length > 10_000);
    }
}
