using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests.Formats;

public sealed class HtmlFormatTests
{
    [Fact]
    public void ArticlePage_GivesMainTextLinesAndMetadata()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("page.html"), Fixtures.ArticleHtml());
        var (docs, errors) = Fixtures.Read(dir.File("page.html"));
        Assert.Empty(errors);
        var d = Assert.Single(docs);
        Assert.Equal(Fixtures.Headline, d.Title); // site name stripped from <title>
        Assert.Equal([Fixtures.Paragraph, "تعاون أمني", Fixtures.Paragraph2], d.Content.Split('\n'));
        Assert.Equal(("2015-08-06T10:15:00+03:00", "سياسة", "وكالة الأنباء", "ar"), (d.Published, d.Section, d.Source, d.Language));
    }

    [Fact]
    public void Windows1256Page_WithMetaCharset_IsDecoded()
    {
        using var dir = new TempDirectory();
        var html = Fixtures.ArticleHtml("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">");
        File.WriteAllBytes(dir.File("old.htm"), Fixtures.Windows1256.GetBytes(html));
        var d = Assert.Single(Fixtures.Read(dir.File("old.htm")).Documents);
        Assert.Equal(Fixtures.Headline, d.Title);
        Assert.Contains(Fixtures.Paragraph, d.Content);
    }

    [Fact]
    public void Windows1256Page_WithoutDeclaration_IsDetected()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("old.html"), Fixtures.Windows1256.GetBytes(Fixtures.ArticleHtml("")));
        Assert.Contains(Fixtures.Paragraph, Assert.Single(Fixtures.Read(dir.File("old.html")).Documents).Content);
    }

    [Fact]
    public void Utf8Page_DeclaredWindows1256_IsReadAsUtf8()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("migrated.html"), Fixtures.ArticleHtml("<meta charset=\"windows-1256\">"));
        Assert.Contains(Fixtures.Paragraph, Assert.Single(Fixtures.Read(dir.File("migrated.html")).Documents).Content);
    }

    [Fact]
    public void TxtFileHoldingHtml_IsSniffedAsHtml()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("scraped.txt"), Fixtures.ArticleHtml());
        var d = Assert.Single(Fixtures.Read(dir.File("scraped.txt")).Documents);
        Assert.DoesNotContain("<", d.Content);
        Assert.Equal(Fixtures.Headline, d.Title);
    }

    [Fact]
    public void JsonLd_GivesHeadlineDateAuthorAndSection()
    {
        using var dir = new TempDirectory();
        var html = $$"""
            <html><head><title>موقع الأخبار</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"موقع"},
            {"@type":"NewsArticle","headline":"{{Fixtures.Headline}}","datePublished":"2021-04-05T09:30:00+02:00",
             "author":[{"@type":"Person","name":"سامي حداد"}],"articleSection":["سياسة"],"keywords":"روسيا، ماليزيا"}]}</script>
            <script type="application/ld+json">{ broken json </script>
            </head><body><div><p>{{Fixtures.Paragraph}}</p><p>{{Fixtures.Paragraph2}}</p></div></body></html>
            """;
        File.WriteAllText(dir.File("ld.html"), html);
        var d = Assert.Single(Fixtures.Read(dir.File("ld.html")).Documents);
        Assert.Equal((Fixtures.Headline, "2021-04-05T09:30:00+02:00", "سامي حداد", "سياسة"), (d.Title, d.Published, d.Author, d.Section));
        Assert.Equal(["روسيا", "ماليزيا"], d.Keywords);
    }

    [Fact]
    public void ArabicDateInMeta_IsNormalized()
    {
        using var dir = new TempDirectory();
        var html = Fixtures.ArticleHtml().Replace("2015-08-06T10:15:00+03:00", "الأربعاء، 07 أكتوبر 2020 - 12:09 م", StringComparison.Ordinal);
        File.WriteAllText(dir.File("a.html"), html);
        Assert.Equal("2020-10-07T12:09:00", Assert.Single(Fixtures.Read(dir.File("a.html")).Documents).Published);
    }

    [Theory]
    [InlineData("<html><body><div><p>" + Fixtures.Paragraph + "<p>" + Fixtures.Paragraph2 + "<div><span>")]
    [InlineData("<p>" + Fixtures.Paragraph + "</div></div></span><p>" + Fixtures.Paragraph2 + "</table>")]
    [InlineData("<<<>>><p " + Fixtures.Paragraph + " <p>" + Fixtures.Paragraph2)]
    public void MalformedHtml_GivesBestEffortText(string html)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.html"), html);
        var (docs, errors) = Fixtures.Read(dir.File("bad.html"));
        Assert.Empty(errors);
        Assert.Contains(Fixtures.Paragraph2, Assert.Single(docs).Content);
    }

    [Fact]
    public void PageWithoutText_IsAClearError()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("empty.html"), "<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>");
        var (docs, errors) = Fixtures.Read(dir.File("empty.html"));
        Assert.Empty(docs);
        Assert.Contains("no article text", Assert.Single(errors).Problem);
    }

    public static TheoryData<string> SamplePages => ["1550981615.html", "1623715966.html", "1731695567.html", "1784190729.html"];

    [Theory]
    [MemberData(nameof(SamplePages))]
    public void SamplePages_MatchTheGoldHeadlineAndDate(string file)
    {
        var folder = SharedData.Require("samples/html-ar");
        using var goldLines = File.OpenText(Path.Combine(folder, "gold.jsonl"));
        var gold = File.ReadLines(Path.Combine(folder, "gold.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(g => g.GetProperty("file").GetString() == file);
        var (docs, errors) = Fixtures.Read(Path.Combine(folder, file));
        Assert.Empty(errors);
        var d = Assert.Single(docs);
        Assert.Equal(gold.GetProperty("title").GetString(), d.Title);
        Assert.StartsWith(gold.GetProperty("date").GetString()!, d.Published);
        Assert.DoesNotContain("<", d.Content);
        Assert.True(d.Content.Split('\n').Length >= 3);
    }

    [Fact]
    public void TrafilaturaPage_KeepsTheInterviewAndDropsThePageFurniture()
    {
        var folder = SharedData.Require("samples/trafilatura-ar-page");
        var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "evaldata_assabah_entry.json"))).RootElement.EnumerateObject().Single().Value;
        var d = Assert.Single(Fixtures.Read(Path.Combine(folder, "assabah.com.tn.article.html")).Documents);
        foreach (var with in entry.GetProperty("with").EnumerateArray())
            Assert.Contains(with.GetString()!, d.Content);
        foreach (var without in entry.GetProperty("without").EnumerateArray())
            Assert.DoesNotContain(without.GetString()!, d.Content);
    }

    [Fact]
    public void OldTableLayoutPage_InWindows1256_FindsTheArticleCell()
    {
        using var dir = new TempDirectory();
        var html = $"""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>{Fixtures.Headline}</title></head>
            <body><table><tr><td class="menu"><a href="/1">الرئيسية</a><br><a href="/2">محليات</a><br><a href="/3">رياضة</a><br><a href="/4">اقتصاد</a></td>
            <td><font size="4"><b>{Fixtures.Headline}</b></font><br><br>{Fixtures.Paragraph}<br><br>{Fixtures.Paragraph2}<br><br>وأضاف المسؤول أن الاتفاقية ستدخل حيز التنفيذ خلال الأسابيع المقبلة، وأن اللجان المشتركة ستجتمع في موسكو.</td></tr></table>
            <div class="footer">جميع الحقوق محفوظة 2009</div></body></html>
            """;
        File.WriteAllBytes(dir.File("old.htm"), Fixtures.Windows1256.GetBytes(html));
        var d = Assert.Single(Fixtures.Read(dir.File("old.htm")).Documents);
        var lines = d.Content.Split('\n');
        Assert.Equal(Fixtures.Paragraph, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("الرئيسية", d.Content);
        Assert.DoesNotContain("محفوظة", d.Content);
    }

    [Fact]
    public void DivSoupWithBreaks_GivesOneLinePerParagraph()
    {
        using var dir = new TempDirectory();
        var html = $"""
            <html><head><title>{Fixtures.Headline} | الموقع</title></head><body>
            <div id="menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/a">عربي</a></li></ul></div>
            <div id="content"><div class="text">{Fixtures.Paragraph}<br/>{Fixtures.Paragraph2}<br/><br/>وأضاف المسؤول أن الاتفاقية ستدخل حيز التنفيذ خلال الأسابيع المقبلة.</div>
            <div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div></div>
            <div id="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/x">خبر جانبي عن موضوع آخر تماما في مكان آخر</a></li></ul></div>
            </body></html>
            """;
        File.WriteAllText(dir.File("soup.html"), html);
        var d = Assert.Single(Fixtures.Read(dir.File("soup.html")).Documents);
        Assert.Equal([Fixtures.Paragraph, Fixtures.Paragraph2, "وأضاف المسؤول أن الاتفاقية ستدخل حيز التنفيذ خلال الأسابيع المقبلة."], d.Content.Split('\n'));
        Assert.Equal(Fixtures.Headline, d.Title);
    }

    [Fact]
    public void MarkupInMetadata_AndJsonLdBodyFallback_LeaveNoTags()
    {
        using var dir = new TempDirectory();
        var html = $$"""
            <html><head><meta property="og:title" content="&lt;b&gt;عاجل&lt;/b&gt; {{Fixtures.Headline}}">
            <script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<p>{{Fixtures.Paragraph}}</p><p>{{Fixtures.Paragraph2}}</p>"}</script>
            </head><body><div id="app"></div></body></html>
            """;
        File.WriteAllText(dir.File("spa.html"), html);
        var d = Assert.Single(Fixtures.Read(dir.File("spa.html")).Documents);
        Assert.Equal("عاجل " + Fixtures.Headline, d.Title);
        Assert.Equal([Fixtures.Paragraph, Fixtures.Paragraph2], d.Content.Split('\n'));
    }
}
