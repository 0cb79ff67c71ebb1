using Marsad.Storage;
using Marsad.Testing;
using Marsad.Testing.News;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Marsad.Web.Browser.Tests;

/// <summary>
/// The real Marsad web app on Kestrel (loopback, a free port) over a real SQLite store holding the annotated Arabic news
/// fixture and the hostile article, and one headless Debian Chromium driven by Playwright — shared by every test
/// (starting them is the slow part). Chromium is never downloaded: without /usr/bin/chromium (or MARSAD_CHROMIUM) browser
/// tests skip with a message, except under CI=true, where they fail.
/// </summary>
public sealed class RunningMarsad : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address { get; private set; } = "";

    /// <summary>Where each page's screenshot is saved (TestResults/screenshots under the test output folder).</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private static string? ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("MARSAD_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public async ValueTask InitializeAsync()
    {
        var db = _directory.File("news.db");
        await using (var store = await ArticleStore.OpenAsync(db, create: true))
            await NewsFixture.IngestAsync(store);
        _app = MarsadWebApp.Build(["--db", db, "--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        Directory.CreateDirectory(Screenshots);
        if (ChromiumPath is not { } chromium)
            return;
        // the driver must not fetch browsers; we give it Debian's
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>The shared browser; skips the test (fails it under CI=true) when Chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is not null)
                return _browser;
            const string message = "Chromium is not installed (apt-get install chromium, or set MARSAD_CHROMIUM); browser tests skipped";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException(message + " — CI=true requires them");
            Assert.Skip(message);
            return null!;
        }
    }

    /// <summary>A fresh page in its own context, recording console errors, page errors, failed requests and dialogs.</summary>
    public async Task<WatchedPage> OpenAsync(bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Address,
            Locale = "ar",
            ViewportSize = new() { Width = 1280, Height = 900 },
            BypassCSP = bypassCsp,
        });
        return new WatchedPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _directory.Dispose();
    }
}
