using System.Text;
using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests.Formats;

public sealed class PlainTextFormatTests
{
    [Fact]
    public void SanaSample_IsOneDocumentWithItsLines()
    {
        var (docs, errors) = Fixtures.Read(Path.Combine(SharedData.RepositoryRoot, "samples", "sana-2015-medvedev-asean.txt"));
        Assert.Empty(errors);
        var d = Assert.Single(docs);
        Assert.StartsWith("ميدفيديف", d.Content);
        Assert.Contains("موسكو-سانا", d.Content);
        Assert.DoesNotContain('\r', d.Content);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("windows-1256")]
    public void Encodings_AreDetectedAndBomsStripped(string encoding)
    {
        var text = Fixtures.Headline + "\n" + Fixtures.Paragraph + "\n";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Fixtures.Utf8.GetBytes(text)],
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
            _ => Fixtures.Windows1256.GetBytes(text),
        };
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("article.txt"), bytes);
        var (docs, errors) = Fixtures.Read(dir.File("article.txt"));
        Assert.Empty(errors);
        Assert.Equal(text, Assert.Single(docs).Content);
    }

    [Fact]
    public void EmptyFile_IsAClearError()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("empty.txt"), []);
        var (docs, errors) = Fixtures.Read(dir.File("empty.txt"));
        Assert.Empty(docs);
        var e = Assert.Single(errors);
        Assert.Equal(dir.File("empty.txt"), e.Input);
        Assert.Contains("empty", e.Problem);
    }

    [Fact]
    public void BinaryGarbage_IsAClearError()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("noise.txt"), Fixtures.Garbage(5000));
        var (docs, errors) = Fixtures.Read(dir.File("noise.txt"));
        Assert.Empty(docs);
        Assert.Contains("binary", Assert.Single(errors).Problem);
    }

    [Fact]
    public void LoneSurrogates_BecomeReplacementCharacters()
    {
        using var dir = new TempDirectory();
        // CESU-style encoded lone high surrogate (ED A0 80) and a lone surrogate in UTF-16
        File.WriteAllBytes(dir.File("a.txt"), [.. Fixtures.Utf8.GetBytes("نص "), 0xED, 0xA0, 0x80, .. Fixtures.Utf8.GetBytes(" عربي\n")]);
        File.WriteAllBytes(dir.File("b.txt"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("نص "), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(" عربي")]);
        var (docs, errors) = Fixtures.Read(dir.File("a.txt"), dir.File("b.txt"));
        Assert.Empty(errors);
        Assert.Equal(2, docs.Count);
        foreach (var d in docs)
        {
            Assert.Contains('\uFFFD', d.Content);
            Assert.DoesNotContain(d.Content, char.IsSurrogate);
            Assert.Contains("عربي", d.Content);
        }
    }

    [Fact]
    public void FiftyMegabyteFile_IsRefusedClearlyWithoutReadingItAll()
    {
        using var dir = new TempDirectory();
        var path = dir.File("huge.txt");
        using (var f = File.Create(path))
        {
            var line = Fixtures.Utf8.GetBytes(Fixtures.Paragraph + "\n");
            while (f.Length < 50L << 20)
                f.Write(line);
        }
        var (docs, errors) = Fixtures.Read(path);
        Assert.Empty(docs);
        Assert.Contains("too large", Assert.Single(errors).Problem);
    }
}
