using Marsad.Extraction;
using Marsad.Serialization;
using Marsad.Testing;
using Xunit;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The SANA sample (samples/sana-2015-medvedev-asean.txt) must come out exactly right. The full extraction record is held
/// in Expectations/sana-2015-medvedev-asean.extraction.json; set MARSAD_UPDATE_EXPECTATIONS=1 to rewrite it after an
/// intended change (and review the diff).
/// </summary>
public sealed class SanaSampleTests
{
    private static Article Extract()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "sana-2015-medvedev-asean.txt");
        return ArticleExtractor.Default.Extract(new RawDocument { Content = File.ReadAllText(path), Id = "sana-2015-medvedev-asean", Source = "sana" });
    }

    [Fact]
    public void Extraction_MatchesTheGoldenFile()
    {
        var json = ArticleJson.Serialize(Extract(), indented: true).ReplaceLineEndings("\n") + "\n";
        var expected = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Core.Tests", "Expectations", "sana-2015-medvedev-asean.extraction.json");
        if (Environment.GetEnvironmentVariable("MARSAD_UPDATE_EXPECTATIONS") == "1")
            File.WriteAllText(expected, json);
        Assert.Equal(File.ReadAllText(expected).ReplaceLineEndings("\n"), json);
    }

    [Fact]
    public void Headline_IsBothStatements()
    {
        var a = Extract();
        Assert.Equal("ميدفيديف: ضرورة تنسيق الجهود الدولية لمكافحة الإرهاب.. كي مون: نراهن على الدور الريادي لروسيا", a.Headline);
        Assert.Equal(["ميدفيديف: ضرورة تنسيق الجهود الدولية لمكافحة الإرهاب", "كي مون: نراهن على الدور الريادي لروسيا"], a.HeadlineParts);
    }

    [Fact]
    public void Dateline_IsMoscowSana()
    {
        var a = Extract();
        Assert.Equal(("موسكو", "سانا", "موسكو-سانا"), (a.Dateline.Place, a.Dateline.Agency, a.Dateline.Text));
        Assert.Equal("سانا", a.Source.Agency);
    }

    [Fact]
    public void Subheading_IsTheSecretaryGeneralLine()
    {
        var a = Extract();
        Assert.Equal(["الأمين العام للأمم المتحدة: نراهن على دور روسيا الريادي في مكافحة الإرهاب"], a.Subheadings);
        Assert.Contains(a.Subheadings[0], a.Paragraphs);
        Assert.Equal(13, a.Paragraphs.Count);
    }

    [Fact]
    public void PromoLinkAndTeaser_AreRemoved_AndTheTeaserIsRelated()
    {
        var a = Extract();
        Assert.Equal("تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط\u00a0:", a.Removed[0]);
        Assert.Equal("https://telegram.me/SyrianArabNewsAgency", a.Removed[1]);
        Assert.Equal("انظر ايضاً", a.Removed[2]);
        Assert.Equal("ميدفيديف: على واشنطن أن تتخذ الخطوة الأولى في حال رغبت بتحسين العلاقات مع روسيا", a.Removed[3]);
        Assert.StartsWith("يانغون-سانا", a.Removed[4]);
        Assert.Equal(5, a.Removed.Count);
        Assert.Equal(["ميدفيديف: على واشنطن أن تتخذ الخطوة الأولى في حال رغبت بتحسين العلاقات مع روسيا"], a.Related.Select(r => r.Title));
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("تيلغرام", StringComparison.Ordinal) || p.Contains("واشنطن أن تتخذ", StringComparison.Ordinal));
    }
}
