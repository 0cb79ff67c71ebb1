using Marsad.Testing.News;
using Microsoft.Playwright;
using Xunit;

namespace Marsad.Web.Browser.Tests;

/// <summary>
/// What a reader does in a real Chromium: search, open an article, open an entity, go to its story — on Arabic pages
/// laid out right to left, without a console error, each page's screenshot kept under TestResults/screenshots.
/// </summary>
public sealed class JourneyTests(RunningMarsad marsad)
{
    [Fact]
    public async Task Search_Article_Entity_Story()
    {
        await using var w = await marsad.OpenAsync();
        var page = w.Page;

        await page.GotoAsync("/");
        await w.AssertRightToLeftArabicAsync();
        Assert.True(await page.Locator("svg").CountAsync() > 1, "the home page draws its charts");
        await Assertions.Expect(page.Locator("#top-stories")).ToBeVisibleAsync();
        await w.ScreenshotAsync("1-home");

        // search from the header box, as anyone would
        await page.Locator("form.top-search input[name=q]").FillAsync("ميدفيديف");
        await page.Locator("form.top-search input[name=q]").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");
        await w.AssertRightToLeftArabicAsync();
        Assert.Contains("ميدفيديف", await page.Locator("mark").First.InnerTextAsync(), StringComparison.Ordinal);
        // right to left: the query box comes first in the markup and so sits to the right of its button
        var box = await page.Locator("form.search-box input[type=search]").BoundingBoxAsync();
        var button = await page.Locator("form.search-box button").BoundingBoxAsync();
        Assert.True(box!.X > button!.X, $"search box at x={box.X} is not right of its button at x={button.X}");
        await w.ScreenshotAsync("2-search");

        await page.Locator("a.headline", new() { HasText = "ضرورة تنسيق الجهود الدولية" }).ClickAsync();
        await page.WaitForURLAsync("**/article/sana-2015-11-21-medvedev-asean");
        await w.AssertRightToLeftArabicAsync();
        Assert.Contains("ميدفيديف", await page.Locator("h1#headline").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#body a.ent.t-PER").CountAsync() >= 3);
        Assert.True(await page.Locator("#body .quote-speaker").CountAsync() >= 1);
        // the article reads from the right; its side panel is on the left
        var article = await page.Locator("article#article").BoundingBoxAsync();
        var side = await page.Locator("aside.side").BoundingBoxAsync();
        Assert.True(article!.X > side!.X, "the article column is not on the right of the side panel");
        await Assertions.Expect(page.Locator("#side-story")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#side-story a#story-link")).ToBeVisibleAsync();
        await w.ScreenshotAsync("3-article");

        await page.Locator("#body a.ent.t-PER", new() { HasText = "كي مون" }).First.ClickAsync();
        await page.WaitForURLAsync("**/entity/**");
        await w.AssertRightToLeftArabicAsync();
        Assert.Contains("بان كي مون", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("طرق الكتابة")).ToBeVisibleAsync();
        Assert.True(await page.Locator("main svg").CountAsync() >= 1, "no mentions-over-time chart");
        await w.ScreenshotAsync("4-entity");

        // the entity's stories: open the one SANA's and Alrai's reports of the meeting belong to
        var stories = page.Locator("#entity-stories a.headline");
        Assert.True(await stories.CountAsync() >= 1, "the entity page lists no story");
        await stories.First.ClickAsync();
        await page.WaitForURLAsync("**/story/st-*");
        await w.AssertRightToLeftArabicAsync();
        await Assertions.Expect(page.Locator("h1#story-label")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#story-timeline a[href='/article/sana-2015-11-21-medvedev-asean']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#story-timeline a[href='/article/alrai-2015-11-21-ban-meets-medvedev']")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#story-chart svg circle").CountAsync() >= 2, "the timeline chart has no articles");
        await Assertions.Expect(page.Locator("#story-entities a.chip", new() { HasText = "بان كي مون" })).ToBeVisibleAsync();
        // the timeline column reads from the right; the side panel with outlets and entities is on the left
        var timeline = await page.Locator("#story-timeline").BoundingBoxAsync();
        var panel = await page.Locator("aside.side").BoundingBoxAsync();
        Assert.True(timeline!.X > panel!.X, "the timeline is not on the right of the side panel");
        await w.ScreenshotAsync("5-story");

        // and back to the list of stories
        await page.Locator("nav.nav a[href='/stories']").ClickAsync();
        await page.WaitForURLAsync("**/stories");
        await w.AssertRightToLeftArabicAsync();
        Assert.True(await page.Locator("#story-list a.headline").CountAsync() >= 1, "the stories page lists no story");
        await w.ScreenshotAsync("5b-stories");

        Assert.Empty(w.Problems);
    }

    [Theory]
    [InlineData("/entities", "6-entities")]
    [InlineData("/quotes", "7-quotes")]
    [InlineData("/events", "8-events")]
    public async Task ListPages_RenderCleanly(string url, string screenshot)
    {
        await using var w = await marsad.OpenAsync();
        var response = await w.Page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        await w.AssertRightToLeftArabicAsync();
        await w.ScreenshotAsync(screenshot);
        Assert.Empty(w.Problems);
    }

    [Fact]
    public async Task ArabicWebFont_IsLoadedFromTheApp()
    {
        await using var w = await marsad.OpenAsync();
        await w.Page.GotoAsync("/article/sana-2015-11-21-medvedev-asean");
        await w.Page.EvaluateAsync("() => document.fonts.ready");
        Assert.True(await w.Page.EvaluateAsync<bool>("() => [...document.fonts].some(f => f.family.includes('Noto') && f.status === 'loaded')"),
            "no Noto Arabic face was loaded");
        Assert.Empty(w.Problems);
    }

    [Fact]
    public async Task HostileArticle_ShowsItsMarkupAsText_EvenWithTheCspBypassed()
    {
        // with the policy bypassed, only the HTML encoding stands between the article and the reader
        await using var w = await marsad.OpenAsync(bypassCsp: true);
        var page = w.Page;
        await page.AddInitScriptAsync("window.__xss = []; window.alert = m => window.__xss.push(String(m));");
        await page.GotoAsync("/article/" + NewsFixture.HostileId, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(page.Locator("h1#headline")).ToContainTextAsync("<script>alert('headline')</script>");
        await Assertions.Expect(page.Locator("#body")).ToContainTextAsync("<img src=x onerror=alert('body-img')>");
        await Assertions.Expect(page.Locator("#body")).ToContainTextAsync("<script>alert('body')</script>");
        Assert.Equal(0, await page.Locator("main script, main img, main b, main i").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript']").CountAsync());
        await w.ScreenshotAsync("9-hostile-article");

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("عاجل"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(page.Locator("a.headline").First).ToContainTextAsync("<script>");
        Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        await w.ScreenshotAsync("10-hostile-search");

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__xss"));
        Assert.Empty(w.Dialogs);
    }

    [Fact]
    public async Task ContentSecurityPolicy_BlocksInjectedInlineScript()
    {
        await using var w = await marsad.OpenAsync();
        var page = w.Page;
        await page.GotoAsync("/");
        var blocked = await page.EvaluateAsync<bool>("""
            () => new Promise(resolve => {
                document.addEventListener('securitypolicyviolation', () => resolve(window.__inline !== 1), { once: true });
                const s = document.createElement('script');
                s.textContent = 'window.__inline = 1';
                document.body.appendChild(s);
                setTimeout(() => resolve(false), 2000);
            })
            """);
        Assert.True(blocked, "an injected inline script ran or no violation was reported");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__inline ?? null"));
    }
}
