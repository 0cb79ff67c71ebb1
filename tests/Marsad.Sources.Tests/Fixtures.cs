using System.IO.Compression;
using System.Text;
using Marsad.Extraction;
using Marsad.Sources;

namespace Marsad.Sources.Tests;

/// <summary>Small inputs the tests make for themselves (nothing big is committed), and a reader call that collects errors.</summary>
internal static class Fixtures
{
    public static readonly UTF8Encoding Utf8 = new(false);

    static Fixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1256 => Encoding.GetEncoding(1256);

    public const string Headline = "روسيا وماليزيا توقعان اتفاقية للتعاون في مكافحة الإرهاب";

    public const string Paragraph = "وقعت روسيا وماليزيا اليوم اتفاقية للتعاون في مجال مكافحة الإرهاب خلال زيارة رئيس الوزراء الروسي ديمتري ميدفيديف إلى كوالالمبور.";

    public const string Paragraph2 = "وقال ميدفيديف في مؤتمر صحفي إن التعاون بين البلدين سيشمل تبادل المعلومات والخبرات في مجال الأمن.";

    public static string ArticleHtml(string charsetMeta = "<meta charset=\"utf-8\">") => $"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head>{charsetMeta}
        <title>{Headline} - وكالة الأنباء</title>
        <meta property="og:site_name" content="وكالة الأنباء">
        <meta property="article:published_time" content="2015-08-06T10:15:00+03:00">
        <meta property="article:section" content="سياسة">
        </head><body>
        <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li><li><a href="/e">اقتصاد</a></li></ul></nav>
        <article><h1>{Headline}</h1>
        <div class="article-body"><p>{Paragraph}</p><h2>تعاون أمني</h2><p>{Paragraph2}</p></div>
        <div class="related"><a href="/x">خبر آخر لا علاقة له بالموضوع الأول هنا</a></div>
        </article>
        <footer>جميع الحقوق محفوظة لوكالة الأنباء 2015</footer>
        </body></html>
        """;

    /// <summary>Reads <paramref name="paths"/>; returns the documents and the errors reported.</summary>
    public static (List<RawDocument> Documents, List<InputException> Errors) Read(InputFormat format, params string[] paths)
    {
        var errors = new List<InputException>();
        var documents = DocumentReader.Read(paths, format, errors.Add).ToList();
        return (documents, errors);
    }

    public static (List<RawDocument> Documents, List<InputException> Errors) Read(params string[] paths) => Read(InputFormat.Auto, paths);

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(data);
        return output.ToArray();
    }

    /// <summary>Random bytes with no structure (a fixed seed: failures reproduce).</summary>
    public static byte[] Garbage(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
