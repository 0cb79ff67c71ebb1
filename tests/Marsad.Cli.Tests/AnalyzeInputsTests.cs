using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Cli.Tests;

/// <summary>How <c>analyze</c> reads its inputs: formats, folders, standard input, and exit codes when some fail.</summary>
public sealed class AnalyzeInputsTests
{
    private const string Article = "وقعت روسيا وماليزيا اليوم اتفاقية للتعاون في مجال مكافحة الإرهاب خلال زيارة رئيس الوزراء الروسي إلى كوالالمبور.";

    [Fact]
    public void Folder_WithOneBadFile_ReadsTheRestAndExitsPartial()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.txt"), "روسيا وماليزيا توقعان اتفاقية\n" + Article);
        File.WriteAllText(dir.File("b.jsonl"), $$"""{"id":"b1","title":"عنوان","text":"{{Article}}"}""" + "\n{broken\n");
        File.WriteAllBytes(dir.File("c.txt"), [0x00, 0xFF, 0x13, 0x00, 0x88]);
        var r = CliRunner.Run("analyze", dir.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(2, r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(dir.File("b.jsonl") + ":2", r.Stderr);
        Assert.Contains(dir.File("c.txt") + ": binary data", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void NothingReadable_ExitsWithInputError()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("empty.txt"), []);
        var r = CliRunner.Run("analyze", dir.File("empty.txt"));
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("empty.txt: empty file", r.Stderr);
    }

    [Fact]
    public void Stdin_IsSniffed()
    {
        var r = CliRunner.Run(["analyze", "-"], stdin: $$"""{"id":"s1","title":"عنوان الخبر","text":"{{Article}}"}""" + "\n");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout.Trim());
        Assert.Equal("s1", doc.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void HtmlPage_ComesOutWithHeadlineAndNoMarkup()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("page.html"), $"""
            <html><head><title>روسيا وماليزيا توقعان اتفاقية | موقع الأخبار</title><meta property="og:site_name" content="موقع الأخبار">
            <meta property="article:published_time" content="2015-08-06T10:15:00+03:00"></head>
            <body><nav><a href="/">الرئيسية</a></nav><div class="article-body"><p>{Article}</p><p>{Article}</p></div></body></html>
            """);
        foreach (var extractor in (string[])["marsad", "smartreader"])
        {
            var r = CliRunner.Run("analyze", "--html-extractor", extractor, dir.File("page.html"));
            Assert.Equal(0, r.ExitCode);
            using var doc = JsonDocument.Parse(r.Stdout.Trim());
            // SmartReader keeps the site name in a <title>-only headline; Marsad strips it
            Assert.StartsWith("روسيا وماليزيا توقعان اتفاقية", doc.RootElement.GetProperty("headline").GetString());
            if (extractor == "marsad")
                Assert.Equal("روسيا وماليزيا توقعان اتفاقية", doc.RootElement.GetProperty("headline").GetString());
            Assert.StartsWith("2015-08-06", doc.RootElement.GetProperty("published").GetString());
            Assert.DoesNotContain("<", doc.RootElement.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void BundledTrecSample_ReadsWithoutErrors()
    {
        var r = CliRunner.Run("analyze", Path.Combine(SharedData.RepositoryRoot, "samples", "jawharafm-sample.trec.gz"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        Assert.Equal(306, r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void InOption_AcceptsRss()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("feed"), $"""<rss version="2.0"><channel><title>موقع</title><item><title>خبر</title><description>{Article}</description></item></channel></rss>""");
        var r = CliRunner.Run("analyze", "--in", "rss", dir.File("feed"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("خبر", r.Stdout);
    }
}
