using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests.Formats;

public sealed class FeedFormatTests
{
    private static string Rss(string encoding = "utf-8") => $"""
        <?xml version="1.0" encoding="{encoding}"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>وكالة الأنباء</title><link>https://news.example/</link><language>ar</language>
        <item><title>{Fixtures.Headline}</title><link>https://news.example/1</link>
          <pubDate>Thu, 06 Aug 2015 10:15:00 +0300</pubDate><category>سياسة</category>
          <description>ملخص قصير</description>
          <content:encoded><![CDATA[<p>{Fixtures.Paragraph}</p><p><strong>تعاون</strong> أمني</p><p>{Fixtures.Paragraph2}</p>]]></content:encoded></item>
        <item><title>خبر ثان</title><link>https://news.example/2</link><pubDate>الخميس، 06 أغسطس 2015</pubDate>
          <description>&lt;p&gt;{Fixtures.Paragraph2}&lt;/p&gt;</description></item>
        </channel></rss>
        """;

    [Fact]
    public void Rss_OneDocumentPerItem_HtmlTurnedIntoLines()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("feed.xml"), Rss());
        var (docs, errors) = Fixtures.Read(dir.File("feed.xml"));
        Assert.Empty(errors);
        Assert.Equal(2, docs.Count);
        var d = docs[0];
        Assert.Equal((Fixtures.Headline, "https://news.example/1", "2015-08-06T10:15:00+03:00", "سياسة", "وكالة الأنباء", "ملخص قصير"),
            (d.Title, d.Url, d.Published, d.Section, d.Source, d.Description));
        Assert.Equal([Fixtures.Paragraph, "تعاون أمني", Fixtures.Paragraph2], d.Content.Split('\n'));
        Assert.Equal(Fixtures.Paragraph2, docs[1].Content);
        Assert.Equal("2015-08-06", docs[1].Published);
    }

    [Fact]
    public void Atom_EntriesAreRead()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("feed.atom"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>
            <entry><title>{Fixtures.Headline}</title><link href="https://news.example/a"/><id>tag:news.example,2015:1</id>
            <updated>2015-08-06T07:15:00Z</updated><content type="html">&lt;p&gt;{Fixtures.Paragraph}&lt;/p&gt;</content></entry>
            </feed>
            """);
        var d = Assert.Single(Fixtures.Read(dir.File("feed.atom")).Documents);
        Assert.Equal((Fixtures.Headline, "https://news.example/a", Fixtures.Paragraph, "2015-08-06T07:15:00+00:00"), (d.Title, d.Url, d.Content, d.Published));
    }

    [Fact]
    public void Windows1256Feed_IsDecodedByItsDeclaration()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("old.rss"), Fixtures.Windows1256.GetBytes(Rss("windows-1256")));
        var (docs, errors) = Fixtures.Read(dir.File("old.rss"));
        Assert.Empty(errors);
        Assert.Equal(Fixtures.Headline, docs[0].Title);
    }

    [Fact]
    public void MalformedXml_IsAClearError()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.rss"), Rss()[..400]);
        var (docs, errors) = Fixtures.Read(dir.File("bad.rss"));
        Assert.Empty(docs);
        var e = Assert.Single(errors);
        Assert.Equal(dir.File("bad.rss"), e.Input);
        Assert.Contains("feed", e.Problem);
    }

    [Fact]
    public void EntityExpansionBomb_IsRefused()
    {
        using var dir = new TempDirectory();
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">"));
        File.WriteAllText(dir.File("bomb.rss"), $"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "هاهاهاهاها">{entities}]><rss version="2.0"><channel><title>&e9;</title></channel></rss>""");
        var (docs, errors) = Fixtures.Read(dir.File("bomb.rss"));
        Assert.Empty(docs);
        Assert.Single(errors);
    }

    [Fact]
    public void HtmlForcedAsRss_IsAClearError()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("page.html"), Fixtures.ArticleHtml());
        var (docs, errors) = Fixtures.Read(InputFormat.Rss, dir.File("page.html"));
        Assert.Empty(docs);
        Assert.Contains("feed", Assert.Single(errors).Problem);
    }
}
