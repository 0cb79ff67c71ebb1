using System.Text;
using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests.Formats;

public sealed class JsonFormatTests
{
    [Fact]
    public void Jsonl_ReadsMarsadFields()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.jsonl");
        File.WriteAllText(path, $$"""{"id":"x1","title":"{{Fixtures.Headline}}","text":"{{Fixtures.Paragraph}}","url":"https://sana.sy/?p=1","source":"sana","published":"2015-08-06"}""" + "\n");
        var (docs, errors) = Fixtures.Read(path);
        Assert.Empty(errors);
        var d = Assert.Single(docs);
        Assert.Equal(("x1", Fixtures.Headline, Fixtures.Paragraph, "https://sana.sy/?p=1", "sana", "2015-08-06"), (d.Id, d.Title, d.Content, d.Url, d.Source, d.Published));
        Assert.Equal(path + ":1", d.Origin);
    }

    [Fact]
    public void SaudiNewsNetArray_ReadsContentDateAndAuthor()
    {
        using var dir = new TempDirectory();
        var path = dir.File("2015-08-06.json");
        File.WriteAllText(path, $$"""
            [
                {"source": "was", "url": "http://www.spa.gov.sa/1", "date_extracted": "2015-08-06 01:00:00", "title": "{{Fixtures.Headline}}", "author": "", "content": "الرياض 21 شوال 1436 هـ الموافق 06 أغسطس 2015 م واس\n{{Fixtures.Paragraph}}"},
                {"source": "okaz", "url": "http://okaz.com.sa/2", "date_extracted": "2015-08-06 02:00:00", "title": "عنوان ثان", "author": "محمد", "content": "{{Fixtures.Paragraph2}}"}
            ]
            """);
        var (docs, errors) = Fixtures.Read(path);
        Assert.Empty(errors);
        Assert.Equal(2, docs.Count);
        Assert.Equal("2015-08-06T01:00:00", docs[0].Published);
        Assert.StartsWith("الرياض 21 شوال", docs[0].Content);
        Assert.Null(docs[0].Author);
        Assert.Equal("محمد", docs[1].Author);
        Assert.Equal(path + "[1]", docs[1].Origin);
    }

    [Fact]
    public void AntFields_SectionAbstractAuthorAndRfc822Date()
    {
        using var dir = new TempDirectory();
        var path = dir.File("ant.jsonl.gz");
        var line = $$"""{"id": "AL-culture-1", "source": "alarabia", "section": "culture", "title": "{{Fixtures.Headline}}", "published": "Sun, 18 Feb 2018 21:35:43 +0400", "author": "القاهرة - أحمد", "abstract": "ملخص الخبر", "text": "{{Fixtures.Paragraph}}"}""";
        File.WriteAllBytes(path, Fixtures.Gzip(Fixtures.Utf8.GetBytes(line + "\n")));
        var (docs, errors) = Fixtures.Read(path);
        Assert.Empty(errors);
        var d = Assert.Single(docs);
        Assert.Equal(("culture", "ملخص الخبر", "القاهرة - أحمد", "2018-02-18T21:35:43+04:00"), (d.Section, d.Description, d.Author, d.Published));
    }

    [Fact]
    public void MalformedLines_AreReportedWithLineNumbersAndDoNotStopTheFile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.jsonl");
        File.WriteAllText(path, $$"""
            {"id": "ok1", "text": "نص أول"}
            {not json
            [1, 2]
            {"id": "no-text", "title": "عنوان"}
            {"id": "ok2", "text": "نص ثان"}
            """);
        var (docs, errors) = Fixtures.Read(path);
        Assert.Equal(["ok1", "ok2"], docs.Select(d => d.Id));
        Assert.Equal([path + ":2", path + ":3", path + ":4"], errors.Select(e => e.Input));
        Assert.Contains("malformed JSON", errors[0].Problem);
        Assert.Contains("expected a JSON object", errors[1].Problem);
        Assert.Contains("no article text", errors[2].Problem);
    }

    [Fact]
    public void EscapedLoneSurrogate_IsReplaced()
    {
        using var dir = new TempDirectory();
        var path = dir.File("s.jsonl");
        File.WriteAllText(path, """{"id": "s", "title": "عنوان \ud800", "text": "نص \udc00 عربي"}""" + "\n");
        var (docs, errors) = Fixtures.Read(path);
        Assert.Empty(errors);
        var d = Assert.Single(docs);
        Assert.Equal("نص \uFFFD عربي", d.Content);
        Assert.DoesNotContain(d.Title!, char.IsSurrogate);
    }

    [Fact]
    public void Windows1256Jsonl_IsDecoded()
    {
        using var dir = new TempDirectory();
        var path = dir.File("old.jsonl");
        File.WriteAllBytes(path, Fixtures.Windows1256.GetBytes($$"""{"id": "w", "text": "{{Fixtures.Paragraph}}"}""" + "\n"));
        var (docs, errors) = Fixtures.Read(path);
        Assert.Empty(errors);
        Assert.Equal(Fixtures.Paragraph, Assert.Single(docs).Content);
    }

    [Fact]
    public void TruncatedGzip_KeepsTheRecordsBeforeTheCutAndSaysSo()
    {
        using var dir = new TempDirectory();
        var path = dir.File("cut.jsonl.gz");
        var lines = string.Concat(Enumerable.Range(0, 2000).Select(i => $$"""{"id": "{{i}}", "text": "{{Fixtures.Paragraph}} {{i}}"}""" + "\n"));
        var gz = Fixtures.Gzip(Fixtures.Utf8.GetBytes(lines));
        File.WriteAllBytes(path, gz[..(gz.Length / 2)]);
        var (docs, errors) = Fixtures.Read(path);
        Assert.InRange(docs.Count, 100, 1999);
        Assert.Contains(errors, e => e.Input.StartsWith(path, StringComparison.Ordinal) && e.Message.Contains("truncated"));
    }

    [Fact]
    public void MalformedArray_KeepsTheItemsBeforeTheError()
    {
        using var dir = new TempDirectory();
        var path = dir.File("broken.json");
        File.WriteAllText(path, """[{"id": "a", "text": "نص"}, {"id": "b", "text": "نص آخر"}, {"id": "c", "text": """);
        var (docs, errors) = Fixtures.Read(path);
        Assert.Equal(["a", "b"], docs.Select(d => d.Id));
        Assert.Contains("malformed JSON", Assert.Single(errors).Problem);
    }

    [Fact]
    public void PrettyPrintedApiResponse_ReadsItsArticles()
    {
        using var dir = new TempDirectory();
        var path = dir.File("news.json");
        File.WriteAllText(path, $$"""
            {
              "status": "ok",
              "totalResults": 2,
              "articles": [
                {"source": {"id": null, "name": "سكاي نيوز عربية"}, "title": "{{Fixtures.Headline}}", "url": "https://x/1",
                 "publishedAt": "2020-03-17T17:27:41Z", "content": "{{Fixtures.Paragraph}}"},
                {"source": {"name": "الجزيرة"}, "title": "بلا نص"}
              ]
            }
            """);
        var (docs, errors) = Fixtures.Read(path);
        var d = Assert.Single(docs);
        Assert.Equal(("سكاي نيوز عربية", "2020-03-17T17:27:41+00:00", Fixtures.Paragraph), (d.Source, d.Published, d.Content));
        Assert.Equal(path + ":articles[1]", Assert.Single(errors).Input);
    }
}
