using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marsad.Shared.Tests.Watching;

/// <summary>
/// A small Arabic news site served by the loopback test server, misbehaving in every way the watcher must survive:
/// a slow page (slower than the timeout), a flaky page (500 once), 404, a redirect loop, a page larger than the limit,
/// a page in Windows-1256, a malformed feed, a robots.txt that keeps Marsad out of /private/, and a feed whose ETag
/// changes when the site publishes (<see cref="Publish"/>). All content is written here.
/// </summary>
internal sealed class NewsSite
{
    private const string Feed = "application/rss+xml; charset=utf-8";
    private readonly ConcurrentDictionary<string, int> _flaky = new(StringComparer.Ordinal);
    private volatile int _edition = 1;

    static NewsSite() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Adds an article to the main feed and changes its ETag.</summary>
    public void Publish() => _edition = 2;

    /// <summary>The article paths the main feed lists in each edition (a page that is listed twice counts once).</summary>
    public static readonly string[] Listed = ["/news/1", "/news/2", "/news/slow", "/news/missing", "/news/loop-a", "/news/huge", "/private/secret", "/news/moved", "/news/flaky"];

    public void Map(WebApplication app)
    {
        app.MapGet("/robots.txt", () => Results.Text("# test site\nUser-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n", "text/plain"));
        app.MapGet("/feed.xml", (HttpRequest request) =>
        {
            var etag = _edition == 1 ? "\"edition-1\"" : "\"edition-2\"";
            if (request.Headers.IfNoneMatch.ToString() == etag)
                return Results.StatusCode(304);
            request.HttpContext.Response.Headers.ETag = etag;
            var items = Listed.Append("/news/1").Concat(_edition == 2 ? ["/news/4"] : Array.Empty<string>());
            return Results.Text(Rss("أخبار المرصد", items), Feed);
        });
        app.MapGet("/feed-1256.xml", () => Results.Bytes(Encoding.GetEncoding(1256).GetBytes(Rss("أخبار بالترميز العربي", ["/w/1256"]).Replace("UTF-8", "windows-1256", StringComparison.Ordinal)), "application/xml"));
        app.MapGet("/broken.xml", () => Results.Text("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>مكسور</title><item><title>خبر <b>غير مغلق</title><link>/news/never", "application/rss+xml"));
        app.MapGet("/sitemap.xml", () => Results.Text($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>/news/5</loc><news:news><news:publication><news:name>المرصد</news:name><news:language>ar</news:language></news:publication>
                <news:publication_date>2026-11-29T08:00:00+03:00</news:publication_date><news:title>{Headline(5)}</news:title></news:news></url>
              <url><loc>/archive/old</loc><lastmod>2015-01-01</lastmod></url>
            </urlset>
            """, "application/xml"));
        app.MapGet("/news/{id:int}", (int id) => Results.Content(Page(id), "text/html; charset=utf-8"));
        app.MapGet("/private/secret", () => Results.Content(Page(99), "text/html; charset=utf-8"));
        app.MapGet("/news/slow", async (CancellationToken token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            return Results.Content(Page(98), "text/html; charset=utf-8");
        });
        app.MapGet("/news/flaky", () => _flaky.AddOrUpdate("flaky", 1, (_, n) => n + 1) == 1 ? Results.StatusCode(500) : Results.Content(Page(6), "text/html; charset=utf-8"));
        app.MapGet("/down.xml", () => Results.StatusCode(503));
        app.MapGet("/news/missing", () => Results.NotFound());
        app.MapGet("/news/loop-a", () => Results.Redirect("/news/loop-b"));
        app.MapGet("/news/loop-b", () => Results.Redirect("/news/loop-a"));
        app.MapGet("/news/moved", () => Results.Redirect("/news/3", permanent: true));
        app.MapGet("/news/huge", () => Results.Text(new string('ا', 1_200_000), "text/html; charset=utf-8"));
        app.MapGet("/w/1256", () => Results.Bytes(Encoding.GetEncoding(1256).GetBytes(Page(7).Replace("utf-8", "windows-1256", StringComparison.Ordinal)), "text/html"));
    }

    public static string Headline(int id) => id switch
    {
        7 => "وزير الزراعة يفتتح معرض التمور السنوي في المدينة",
        _ => string.Create(CultureInfo.InvariantCulture, $"المرصد: تقرير رقم {id} عن افتتاح مشروع جديد للطاقة الشمسية"),
    };

    private static string Rss(string title, IEnumerable<string> paths)
    {
        var items = new StringBuilder();
        foreach (var path in paths)
        {
            var id = int.TryParse(path.AsSpan(path.LastIndexOf('/') + 1), CultureInfo.InvariantCulture, out var n) ? n : 0;
            items.Append(CultureInfo.InvariantCulture, $"<item><title>{Headline(id)}</title><link>{path}</link><guid isPermaLink=\"false\">guid{path}</guid><pubDate>Sun, 29 Nov 2026 08:00:00 +0300</pubDate><description>ملخص الخبر</description></item>\n");
        }
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>{title}</title><link>/</link>\n{items}</channel></rss>";
    }

    private static string Page(int id) => $"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{Headline(id)}</title>
        <meta property="og:type" content="article"></head>
        <body><nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
        <article><h1>{Headline(id)}</h1>
        <p>عمّان (المرصد) - افتتح وزير الطاقة صباح اليوم الأحد مشروعاً جديداً لتوليد الكهرباء من الطاقة الشمسية في محافظة معان جنوبي البلاد، بكلفة تقارب مئتي مليون دينار.</p>
        <p>وقال الوزير في كلمة خلال حفل الافتتاح إن المشروع سيغطي حاجة نحو خمسين ألف منزل من الكهرباء، وسيوفر مئات فرص العمل لأبناء المنطقة.</p>
        <p>وأضاف أن الحكومة تسعى إلى رفع حصة الطاقة المتجددة إلى ثلث إنتاج الكهرباء بحلول نهاية العقد الحالي.</p>
        </article><footer>جميع الحقوق محفوظة</footer></body></html>
        """;
}
