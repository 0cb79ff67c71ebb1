using Microsoft.Playwright;
using Xunit;

namespace Marsad.Web.Browser.Tests;

/// <summary>A page whose console errors, uncaught script errors, failed requests and dialogs (alert) are recorded.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
                Problems.Add($"console error on {page.Url}: {m.Text}");
        };
        page.PageError += (_, e) => Problems.Add($"script error on {page.Url}: {e}");
        page.RequestFailed += (_, r) => Problems.Add($"request failed: {r.Url} ({r.Failure})");
        page.Dialog += async (_, d) =>
        {
            Dialogs.Add(d.Message);
            await d.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors, script errors and failed requests seen so far.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Messages of every dialog a script opened (alert, confirm, prompt).</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/<paramref name="name"/>.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var path = Path.Combine(RunningMarsad.Screenshots, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 5_000, path);
        TestContext.Current.AddAttachment(name, path);
    }

    /// <summary>The page is Arabic and right to left, in markup and in the layout the browser computed.</summary>
    public async Task AssertRightToLeftArabicAsync()
    {
        Assert.Equal("rtl", await Page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await Page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        // the site name, first in the header, sits at the right edge
        var brand = await Page.Locator("header a").First.BoundingBoxAsync();
        Assert.NotNull(brand);
        Assert.True(brand.X > 1280 / 2, $"the header's first link starts at x={brand.X}, not on the right");
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
