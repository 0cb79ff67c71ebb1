using System.Text;
using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests.Formats;

public sealed class WarcFormatTests
{
    private static WarcBuilder Crawl()
    {
        var chunkedGzip = Chunked(Fixtures.Gzip(Fixtures.Utf8.GetBytes(Fixtures.ArticleHtml().Replace(Fixtures.Paragraph, "فقرة مضغوطة ومجزأة عن التعاون الأمني بين روسيا وماليزيا في مكافحة الإرهاب.", StringComparison.Ordinal))));
        return new WarcBuilder()
            .Warcinfo()
            .Request("https://news.example/a")
            .Response("https://news.example/a", Fixtures.ArticleHtml())
            .Response("https://news.example/logo.png", Fixtures.Garbage(3000), "image/png")
            .Response("https://news.example/gone", Fixtures.Utf8.GetBytes(Fixtures.ArticleHtml()), status: 404)
            .Response("https://news.example/old", Fixtures.Windows1256.GetBytes(Fixtures.ArticleHtml("")), "text/html; charset=windows-1256")
            .Response("https://news.example/gz", chunkedGzip, "text/html", extraHeaders: "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")
            .Record("resource", "https://news.example/r", "text/html", Fixtures.Utf8.GetBytes(Fixtures.ArticleHtml()));
    }

    private static byte[] Chunked(byte[] body)
    {
        var output = new MemoryStream();
        for (var i = 0; i < body.Length; i += 100)
        {
            var n = Math.Min(100, body.Length - i);
            output.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            output.Write(body, i, n);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    [Theory]
    [InlineData("crawl.warc.gz", true)]
    [InlineData("crawl.warc", false)]
    [InlineData("noextension", true)]
    public void HtmlResponses_BecomeDocuments_OthersAreSkipped(string name, bool gzipped)
    {
        using var dir = new TempDirectory();
        var crawl = Crawl();
        File.WriteAllBytes(dir.File(name), gzipped ? crawl.Gzipped() : crawl.Plain());
        var (docs, errors) = Fixtures.Read(dir.File(name));
        Assert.Empty(errors);
        Assert.Equal(["https://news.example/a", "https://news.example/old", "https://news.example/gz", "https://news.example/r"], docs.Select(d => d.Url));
        Assert.All(docs, d => Assert.Equal(Fixtures.Headline, d.Title));
        Assert.Contains(Fixtures.Paragraph, docs[1].Content); // Windows-1256 by the HTTP charset
        Assert.Contains("فقرة مضغوطة ومجزأة", docs[2].Content); // de-chunked and gunzipped
        Assert.All(docs, d => Assert.DoesNotContain("<", d.Content));
    }

    [Fact]
    public void CorruptMember_IsReportedAtItsOffset_AndTheNextRecordsAreRead()
    {
        using var dir = new TempDirectory();
        var offsets = new List<long>();
        var bytes = Crawl().Gzipped(offsets);
        // wreck the deflate data of the record at index 2 (the first HTML response)
        for (var i = offsets[2] + 20; i < offsets[2] + 60; i++)
            bytes[i] ^= 0x5A;
        File.WriteAllBytes(dir.File("bad.warc.gz"), bytes);
        var (docs, errors) = Fixtures.Read(dir.File("bad.warc.gz"));
        Assert.True(docs.Count == 3, string.Join("\n", errors.Select(e => e.Message)) + " offsets " + string.Join(",", offsets));
        Assert.Equal(["https://news.example/old", "https://news.example/gz", "https://news.example/r"], docs.Select(d => d.Url));
        var e = Assert.Single(errors);
        Assert.Equal($"{dir.File("bad.warc.gz")}@{offsets[2]}", e.Input);
    }

    [Fact]
    public void TruncatedWarcGz_KeepsTheRecordsBeforeTheCut()
    {
        using var dir = new TempDirectory();
        var offsets = new List<long>();
        var bytes = Crawl().Gzipped(offsets);
        File.WriteAllBytes(dir.File("cut.warc.gz"), bytes[..(int)(offsets[6] + 30)]);
        var (docs, errors) = Fixtures.Read(dir.File("cut.warc.gz"));
        Assert.Equal(["https://news.example/a", "https://news.example/old"], docs.Select(d => d.Url));
        Assert.Contains("truncated", Assert.Single(errors).Problem);
    }

    [Fact]
    public void TruncatedPlainWarc_IsReported()
    {
        using var dir = new TempDirectory();
        var bytes = Crawl().Plain();
        File.WriteAllBytes(dir.File("cut.warc"), bytes[..(bytes.Length - 200)]);
        var (docs, errors) = Fixtures.Read(dir.File("cut.warc"));
        Assert.Equal(3, docs.Count);
        Assert.Contains("truncated", Assert.Single(errors).Problem);
    }

    [Fact]
    public void GarbageNamedWarc_IsAClearError()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("fake.warc"), Fixtures.Paragraph);
        var (docs, errors) = Fixtures.Read(InputFormat.Warc, dir.File("fake.warc"));
        Assert.Empty(docs);
        Assert.Contains("not a WARC file", Assert.Single(errors).Problem);
    }

    [Fact]
    public void BadContentLength_SkipsToTheNextRecord()
    {
        using var dir = new TempDirectory();
        var good = new WarcBuilder().Response("https://news.example/a", Fixtures.ArticleHtml()).Plain();
        var broken = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxxxx\r\n\r\n");
        File.WriteAllBytes(dir.File("mixed.warc"), [.. broken, .. good]);
        var (docs, errors) = Fixtures.Read(dir.File("mixed.warc"));
        Assert.Single(docs);
        Assert.Equal(dir.File("mixed.warc") + "@0", errors[0].Input);
    }

    [Fact]
    public void GzipOfGarbage_IsAClearError()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("x.warc.gz"), Fixtures.Gzip(Fixtures.Garbage(10000)));
        var (docs, errors) = Fixtures.Read(dir.File("x.warc.gz"));
        Assert.Empty(docs);
        Assert.Single(errors);
    }

    [Fact]
    public void HomeAndSectionPages_InACrawl_AreSkipped()
    {
        using var dir = new TempDirectory();
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/news/{i}\">عنوان خبر رقم {i} عن الأحداث الجارية في المنطقة</a></li>"));
        var home = $"<html><head><title>الموقع - الرئيسية</title><meta property=\"og:type\" content=\"website\"></head><body><ul>{links}</ul><p>موقع إخباري عربي.</p></body></html>";
        var bytes = new WarcBuilder().Response("https://news.example/", home).Response("https://news.example/a", Fixtures.ArticleHtml()).Gzipped();
        File.WriteAllBytes(dir.File("site.warc.gz"), bytes);
        var (docs, errors) = Fixtures.Read(dir.File("site.warc.gz"));
        Assert.Empty(errors);
        Assert.Equal("https://news.example/a", Assert.Single(docs).Url);
    }
}
