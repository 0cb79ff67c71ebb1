using System.Text;
using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests;

/// <summary>The same hostile inputs through every reader: a clear error or a best-effort result, never an exception.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<InputFormat> Formats => [.. Enum.GetValues<InputFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void EmptyFile_IsAnErrorNamingIt(InputFormat format)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("empty.dat"), []);
        var (docs, errors) = Fixtures.Read(format, dir.File("empty.dat"));
        Assert.Empty(docs);
        var e = Assert.Single(errors);
        Assert.Equal(dir.File("empty.dat"), e.Input);
        Assert.Contains("empty", e.Problem);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void BinaryGarbage_GivesAnErrorAndNoMarkup(InputFormat format)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("noise.dat"), Fixtures.Garbage(200_000, seed: (int)format));
        var (docs, errors) = Fixtures.Read(format, dir.File("noise.dat"));
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith(dir.File("noise.dat"), e.Input, StringComparison.Ordinal));
        // forced text or HTML may give a best-effort document of decoded noise; it is still plain text
        Assert.All(docs, d => Assert.DoesNotContain('\0', d.Content));
    }

    [Fact]
    public void FiftyMegabyteJsonl_IsStreamedWhole()
    {
        using var dir = new TempDirectory();
        var path = dir.File("big.jsonl");
        var count = WriteUntil(path, 50 << 20, i => $$"""{"id": "{{i}}", "title": "{{Fixtures.Headline}}", "text": "{{Fixtures.Paragraph}} {{Fixtures.Paragraph2}}"}""" + "\n");
        var n = 0;
        foreach (var d in DocumentReader.Read([path], InputFormat.Auto, e => Assert.Fail(e.Message), TestContext.Current.CancellationToken))
            n++;
        Assert.Equal(count, n);
    }

    [Fact]
    public void FiftyMegabyteTrec_IsStreamedWhole()
    {
        using var dir = new TempDirectory();
        var path = dir.File("big.trec");
        var count = WriteUntil(path, 50 << 20, i => $"<DOC>\n<DOCNO>D{i}</DOCNO>\n<TITLE>{Fixtures.Headline}</TITLE>\n<TEXT>\n{Fixtures.Paragraph}\n{Fixtures.Paragraph2}\n</TEXT>\n</DOC>\n");
        Assert.Equal(count, DocumentReader.Read([path], InputFormat.Auto, e => Assert.Fail(e.Message), TestContext.Current.CancellationToken).Count());
    }

    [Fact]
    public void FiftyMegabyteWarcGz_IsStreamedWhole()
    {
        using var dir = new TempDirectory();
        var path = dir.File("big.warc.gz");
        var pages = 0;
        using (var f = File.Create(path))
        {
            for (var i = 0; f.Length < 50 << 20; i++)
            {
                var builder = new WarcBuilder();
                if (i % 10 == 0)
                {
                    builder.Response($"https://news.example/{i}", Fixtures.ArticleHtml());
                    pages++;
                }
                else
                {
                    builder.Response($"https://news.example/{i}.jpg", Fixtures.Garbage(200_000, i), "image/jpeg");
                }
                f.Write(builder.Gzipped());
            }
        }
        Assert.Equal(pages, DocumentReader.Read([path], InputFormat.Auto, e => Assert.Fail(e.Message), TestContext.Current.CancellationToken).Count());
    }

    [Theory]
    [InlineData("big.html")]
    [InlineData("big.rss")]
    public void FiftyMegabyteSingleDocument_IsRefusedClearly(string name)
    {
        using var dir = new TempDirectory();
        var path = dir.File(name);
        var head = name.EndsWith(".rss", StringComparison.Ordinal) ? "<rss version=\"2.0\"><channel><title>x</title>" : "<html><body>";
        using (var f = new StreamWriter(path, false, Fixtures.Utf8))
        {
            f.Write(head);
            while (f.BaseStream.Length < 50 << 20)
                f.Write("<p>" + Fixtures.Paragraph + "</p>\n");
        }
        var (docs, errors) = Fixtures.Read(path);
        Assert.Empty(docs);
        Assert.Contains("too large", Assert.Single(errors).Problem);
    }

    private static int WriteUntil(string path, long bytes, Func<int, string> record)
    {
        using var f = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        var i = 0;
        while (f.BaseStream.Length < bytes)
            f.Write(record(i++));
        return i;
    }
}
