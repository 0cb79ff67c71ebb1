using Marsad.Extraction;
using Xunit;

namespace Marsad.Tests.Extraction;

/// <summary>Headline, section and headline parts from the container title, or from the first line without one.</summary>
public sealed class HeadlineTests
{
    private static Article FromTitle(string title) =>
        ArticleExtractor.Default.Extract(new RawDocument { Title = title, Content = "استقبل أمير المنطقة اليوم في مكتبه عددا من المسؤولين وبحث معهم سير العمل." });

    [Theory]
    [InlineData("سياسي / خادم الحرمين الشريفين يتلقى اتصالا هاتفيا من ملك الأردن", "سياسي", "خادم الحرمين الشريفين يتلقى اتصالا هاتفيا من ملك الأردن")]
    [InlineData("عام/ أمير القصيم يستقبل مدير التعليم", "عام", "أمير القصيم يستقبل مدير التعليم")]
    [InlineData("اقتصادي / ارتفاع مؤشر الأسهم السعودية", "اقتصادي", "ارتفاع مؤشر الأسهم السعودية")]
    [InlineData("تقرير / مهرجان التمور في بريدة", "تقرير", "مهرجان التمور في بريدة")]
    public void SectionPrefix_BecomesTheSection(string title, string section, string headline)
    {
        var a = FromTitle(title);
        Assert.Equal((section, headline), (a.Section, a.Headline));
    }

    [Theory]
    [InlineData("عام / أمير القصيم يستقبل مدير التعليم / إضافة أولى")]
    [InlineData("عام / أمير القصيم يستقبل مدير التعليم إضافة أولى")]
    [InlineData("عام / أمير القصيم يستقبل مدير التعليم / إضافة ثانية وأخيرة")]
    public void ContinuationMarker_IsDropped(string title) => Assert.Equal("أمير القصيم يستقبل مدير التعليم", FromTitle(title).Headline);

    [Fact]
    public void SpeakerPrefix_IsNotASection()
    {
        var a = FromTitle("أوباما : النصر أخيراً !");
        Assert.Null(a.Section);
        Assert.Equal("أوباما : النصر أخيراً !", a.Headline);
    }

    [Fact]
    public void NumbersWithSlashes_AreNotASection() => Assert.Null(FromTitle("التقويم الدراسي 1436/1437 يبدأ الأحد").Section);

    [Fact]
    public void TwoStatementsJoinedByDots_AreKeptWhole_AndGivenInParts()
    {
        var a = FromTitle("الطائف: سحب رعدية.. والدفاع المدني يحذر");
        Assert.Equal("الطائف: سحب رعدية.. والدفاع المدني يحذر", a.Headline);
        Assert.Equal(["الطائف: سحب رعدية", "والدفاع المدني يحذر"], a.HeadlineParts);
    }

    [Fact]
    public void OneStatement_HasNoParts() => Assert.Empty(FromTitle("أمير القصيم يستقبل مدير التعليم").HeadlineParts);

    [Fact]
    public void WithoutTitle_TheFirstLineIsTheHeadline()
    {
        var a = ArticleExtractor.Default.Extract(new RawDocument { Content = "وزير الخارجية يصل إلى القاهرة\n\nالقاهرة-سانا\n\nوصل وزير الخارجية اليوم إلى القاهرة في زيارة رسمية تستمر يومين." });
        Assert.Equal("وزير الخارجية يصل إلى القاهرة", a.Headline);
        Assert.Equal("القاهرة", a.Dateline.Place);
        Assert.Single(a.Paragraphs);
    }

    [Fact]
    public void SectionFromTheContainer_IsKeptWithoutAPrefix() =>
        Assert.Equal("sport", ArticleExtractor.Default.Extract(new RawDocument { Title = "الهلال يفوز", Content = "فاز الهلال على النصر.", Section = "sport" }).Section);
}
