using System.IO.Compression;
using CsCheck;
using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests.Internal;

public sealed class InputDispatcherTests
{
    [Fact]
    public void Folder_IsReadRecursively_AndOneBadFileDoesNotStopIt()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("sub/deeper"));
        File.WriteAllText(dir.File("a.txt"), Fixtures.Headline + "\n" + Fixtures.Paragraph);
        File.WriteAllText(dir.File("sub/b.html"), Fixtures.ArticleHtml());
        File.WriteAllText(dir.File("sub/deeper/c.jsonl"), """{"id":"c","text":"نص"}""" + "\n");
        File.WriteAllBytes(dir.File("sub/broken.jsonl.gz"), Fixtures.Garbage(100));
        File.WriteAllBytes(dir.File("sub/photo.jpg"), Fixtures.Garbage(100)); // not a supported extension: not read
        File.WriteAllText(dir.File(".hidden.txt"), "مخفي");
        var (docs, errors) = Fixtures.Read(dir.Path);
        Assert.Equal(3, docs.Count);
        Assert.Equal(dir.File("sub/broken.jsonl.gz"), Assert.Single(errors).Input);
    }

    [Fact]
    public void ZipArchive_EntriesAreDispatchedByNameAndContent()
    {
        using var dir = new TempDirectory();
        var zip = dir.File("bundle.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Write(archive, "2015-08-06.json", $$"""[{"source":"was","title":"{{Fixtures.Headline}}","content":"{{Fixtures.Paragraph}}","date_extracted":"2015-08-06 01:00:00"}]""");
            Write(archive, "pages/page", Fixtures.ArticleHtml()); // no extension: sniffed
            Write(archive, "pages/bad.jsonl", "{oops\n");
            Write(archive, "readme.md", "# not read");
        }
        var (docs, errors) = Fixtures.Read(zip);
        Assert.Equal(2, docs.Count);
        Assert.Equal(zip + "!2015-08-06.json[0]", docs[0].Origin);
        Assert.Equal(zip + "!pages/page", docs[1].Origin);
        Assert.Equal(zip + "!pages/bad.jsonl:1", Assert.Single(errors).Input);
    }

    [Fact]
    public void TruncatedZip_IsAClearError()
    {
        using var dir = new TempDirectory();
        var zip = dir.File("cut.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            Write(archive, "a.txt", string.Concat(Enumerable.Repeat(Fixtures.Paragraph + "\n", 200)));
        var bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(zip, bytes[..(bytes.Length / 2)]);
        var (docs, errors) = Fixtures.Read(zip);
        Assert.Empty(docs);
        Assert.Contains("zip", Assert.Single(errors).Problem);
    }

    [Fact]
    public void MissingPath_IsNamed()
    {
        var (docs, errors) = Fixtures.Read("/no/such/file.txt");
        Assert.Empty(docs);
        Assert.Equal("/no/such/file.txt", Assert.Single(errors).Input);
    }

    [Fact]
    public void FormatOverride_ReadsHtmlAsText()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("page.html"), "<p>" + Fixtures.Paragraph + "</p>");
        var d = Assert.Single(Fixtures.Read(InputFormat.Text, dir.File("page.html")).Documents);
        Assert.StartsWith("<p>", d.Content);
    }

    [Fact]
    public void Stream_IsSniffedLikeAFile()
    {
        using var stream = new MemoryStream(Fixtures.Gzip(new WarcBuilder().Response("https://news.example/a", Fixtures.ArticleHtml()).Plain()));
        var errors = new List<InputException>();
        var d = Assert.Single(DocumentReader.Read(stream, "-", DocumentReaderOptions.Default, errors.Add, TestContext.Current.CancellationToken));
        Assert.Empty(errors);
        Assert.Equal("https://news.example/a", d.Url);
    }

    [Fact]
    public void ZipOnAStream_IsSpooledAndRead()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            Write(archive, "a.txt", Fixtures.Paragraph);
        using var forwardOnly = new ForwardOnlyStream(buffer.ToArray());
        var d = Assert.Single(DocumentReader.Read(forwardOnly, "-", DocumentReaderOptions.Default, e => Assert.Fail(e.Message), TestContext.Current.CancellationToken));
        Assert.Equal("-!a.txt", d.Origin);
    }

    [Fact]
    public void RandomBytes_InEveryFormat_NeverThrow()
    {
        Gen.Byte.Array[0, 3000].Select(Gen.Enum<InputFormat>()).Sample((bytes, format) =>
        {
            using var stream = new MemoryStream(bytes);
            var docs = DocumentReader.Read(stream, "random.bin", DocumentReaderOptions.Default with { Format = format }, _ => { }).ToList();
            Assert.All(docs, d => Assert.False(HasLoneSurrogate(d.Content)));
        }, iter: 300);
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                i++;
            else if (char.IsSurrogate(s[i]))
                return true;
        }
        return false;
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Fixtures.Utf8);
        writer.Write(content);
    }

    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
