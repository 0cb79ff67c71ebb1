using Marsad.Extraction;
using Xunit;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Datelines and bylines at the top of an article, read through the extractor: place, agency (a news agency only, never
/// the outlet), written Gregorian date, Hijri date without its era marker. The texts are written for these tests.
/// </summary>
public sealed class DatelineTests
{
    private const string Body = "أعلنت الوزارة اليوم عن إطلاق برنامج جديد لدعم المشاريع الصغيرة في المنطقة، وذلك ضمن خطة تمتد ثلاث سنوات.";

    private static Article Extract(string content, string? source = null, string? published = null) =>
        ArticleExtractor.Default.Extract(new RawDocument { Content = content, Title = "عنوان الخبر", Source = source, Published = published });

    public static TheoryData<string, string?, string?, string?, string?> Lines => new()
    {
        { "موسكو-سانا", "موسكو", "سانا", null, null },
        { "بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس", "بريدة", "واس", "2015-08-10", "25 شوال 1436" },
        { "بريدة25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس", "بريدة", "واس", "2015-08-10", "25 شوال 1436" },
        { "المدينة المنورة 24 شوال 1436 ه الموافق 09 أغسطس 2015 م واس", "المدينة المنورة", "واس", "2015-08-09", "24 شوال 1436" },
        { "الرياض في 21 شوال 1436 هـ الموافق 06 اغسطس 2015 م واس", "الرياض", "واس", "2015-08-06", "21 شوال 1436" },
        { "جدة 21 شوال 1436هـ الموافق 6 أغسطس 2015م واس", "جدة", "واس", "2015-08-06", "21 شوال 1436" },
        { "الرياض، 21 شوال 1436 هـ، الموافق 06 اغسطس 2015 م، واس", "الرياض", "واس", "2015-08-06", "21 شوال 1436" },
        { "الرياض 21 شوال 1436 هـ الموافق 06 اغسطس 2015 م (واس)", "الرياض", "واس", "2015-08-06", "21 شوال 1436" },
        { "القاهرة - أ ش أ", "القاهرة", "أ ش أ", null, null },
        { "عين اليوم – لندن", "لندن", null, null, null },
        { "أبوظبي - سكاي نيوز عربية", "أبوظبي", null, null, null },
        { "«الاقتصادية» من الرياض", "الرياض", null, null, null },
        { "محمد هجرس - الإسماعيلية", "الإسماعيلية", null, null, null },
        { "جده - عبدالرحمن العمري", "جده", null, null, null },
        { "الرياض - واس", "الرياض", "واس", null, null },
        { "باريس - أ ف ب", "باريس", "أ ف ب", null, null },
        { "برلين - (د ب أ)", "برلين", "د ب أ", null, null },
        { "دمشق، 3 تشرين الثاني 2014 (رويترز)", "دمشق", "رويترز", "2014-11-03", null },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void DatelineLine_IsRead(string line, string? place, string? agency, string? date, string? hijri)
    {
        var a = Extract(line + "\n" + Body);
        Assert.Equal((place, agency, date, hijri), (a.Dateline.Place, a.Dateline.Agency, a.Dateline.Date, a.Dateline.Hijri));
        Assert.Equal(line, a.Dateline.Text);
        Assert.Equal([Body], a.Paragraphs);
    }

    public static TheoryData<string, string, string?, string?> Inline => new()
    {
        { "واس- جدة:", "جدة", "واس", null },
        { "يانغون-سانا", "يانغون", "سانا", null },
        { "نايف السعدي - الطائف", "الطائف", null, null },
        // a place that is also an outlet's name, running into the text (snn-2015-08-09-0008)
        { "عين اليوم – الرياض", "الرياض", null, null },
        { "دبي، الإمارات العربية المتحدة (CNN)—", "دبي", null, null },
        // CNN Arabic datelines with no separator after the bracket, or the dash before it (ANT CN-internationalNews-169, CN-economy)
        { "أتلانتا، الولايات المتحدة الأمريكية (CNN)", "أتلانتا", null, null },
        { "دبي، الإمارات العربية المتحدة - (CNN)", "دبي", null, null },
        { "هادي آل كليب- سبق- نجران:", "نجران", null, null },
        // the photographer's credit closes the prefix (snn-2015-08-06-3039)
        { "سبق - عدن - تصوير : عبد الملك سرور:", "عدن", null, null },
        { "تبوك 21 شوال 1436 هـ الموافق 06 اغسطس 2015 م واس", "تبوك", "واس", "2015-08-06" },
        { "الرياض في 21 شوال 1436 هـ الموافق 06 اغسطس 2015 م واس", "الرياض", "واس", "2015-08-06" },
        { "جدة 21 شوال 1436هـ الموافق 6 أغسطس 2015م واس", "جدة", "واس", "2015-08-06" },
    };

    [Theory]
    [MemberData(nameof(Inline))]
    public void InlineDateline_IsCutFromTheParagraph(string dateline, string place, string? agency, string? date)
    {
        var a = Extract(dateline + " " + Body);
        Assert.Equal((place, agency, date), (a.Dateline.Place, a.Dateline.Agency, a.Dateline.Date));
        Assert.Equal(dateline, a.Dateline.Text);
        Assert.Equal([Body], a.Paragraphs);
    }

    [Theory]
    [InlineData("عمر إبراهيم – عين اليوم")]
    [InlineData("عين اليوم – متابعات")]
    [InlineData("سلوى سعد – متابعات")]
    public void CreditWithoutPlace_IsRemoved(string credit)
    {
        var a = Extract(credit + "\n" + Body);
        Assert.Null(a.Dateline.Text);
        Assert.Null(a.Dateline.Place);
        Assert.Equal([credit], a.Removed);
        Assert.Equal([Body], a.Paragraphs);
    }

    [Theory]
    [InlineData("أيمن حسن- سبق- متابعة:")]
    [InlineData("سبق- وكالات:")]
    // a reporter whose name is not in the given-name list, beside a desk (snn-2015-08-07 sabq)
    [InlineData("فلاح الجوفان- سبق - متابعات:")]
    [InlineData("سويد الحارثي - سبق - متابعة :")]
    public void InlineCreditWithoutPlace_IsRemoved(string credit)
    {
        var a = Extract(credit + " " + Body, source: "sabq");
        Assert.Null(a.Dateline.Text);
        Assert.Equal([credit], a.Removed);
        Assert.Equal([Body], a.Paragraphs);
    }

    [Fact]
    public void HijriOnlyDateline_KeepsDateEmpty_AndGivesTheConvertedDateApart()
    {
        var a = Extract("الرياض 21 شوال 1436 هـ واس\n" + Body);
        Assert.Null(a.Dateline.Date);
        Assert.Equal("21 شوال 1436", a.Dateline.Hijri);
        Assert.Equal("2015-08-06", a.Dateline.HijriGregorian);
    }

    [Fact]
    public void DateWithoutYear_TakesThePublicationYear()
    {
        var a = Extract("عين اليوم – روما 6 أغسطس\n" + Body, published: "2015-08-07 10:00:00");
        Assert.Equal(("روما", "2015-08-06"), (a.Dateline.Place, a.Dateline.Date));
    }

    [Fact]
    public void DatelineInTheAuthorFieldOnly_IsNotADateline()
    {
        var a = ArticleExtractor.Default.Extract(new RawDocument { Content = Body, Title = "عنوان", Author = "باريس - رويترز:" });
        Assert.Null(a.Dateline.Place);
        Assert.Null(a.Dateline.Agency);
    }

    [Theory]
    [InlineData("قالت صحيفة (الرياض) إن الوزارة ستعلن النتائج الأسبوع المقبل بعد مراجعة جميع الطلبات المقدمة.")]
    [InlineData("(CNN) نشرت الشبكة تقريرا مطولا عن الانتخابات المقبلة في البلاد، وما يتوقعه المراقبون منها.")]
    public void BracketWithoutSeparator_AfterNoPlace_IsNotADateline(string line)
    {
        var a = Extract(line);
        Assert.Null(a.Dateline.Text);
        Assert.Equal([line], a.Paragraphs);
    }

    [Fact]
    public void SentenceWithColon_IsNotADateline()
    {
        const string line = "وقال المتحدث الرسمي: إن الوزارة ستعلن النتائج الأسبوع المقبل بعد مراجعة جميع الطلبات المقدمة.";
        var a = Extract(line);
        Assert.Null(a.Dateline.Text);
        Assert.Equal([line], a.Paragraphs);
    }

    [Fact]
    public void AgencyCreditsInTheText_FollowTheDatelineAgency()
    {
        var a = Extract("موسكو-سانا\nونقلت وكالة سبوتنيك الروسية عن الوزير قوله إن الاجتماع كان مثمرا، بحسب ما أوردت رويترز.");
        Assert.Equal("سانا", a.Source.Agency);
        Assert.Equal(["سانا", "سبوتنيك", "رويترز"], a.Source.Agencies);
    }

    [Theory]
    [InlineData("فرانس 24 / أ ف ب", "أ ف ب")]
    [InlineData("فرانس24/ أ ف ب", "أ ف ب")]
    [InlineData("فرانس24/ وكالات", null)]
    public void OutletAndAgencyCreditAtTheEnd_IsRemoved(string credit, string? agency)
    {
        // the closing credit of France 24 Arabic articles (ANT FR-internationalNews-1316, -1563, -1615), right after the text
        var a = Extract(Body + "\n" + credit);
        Assert.Equal([Body], a.Paragraphs);
        Assert.Equal([credit], a.Removed);
        Assert.Equal(agency, a.Source.Agency);
    }

    [Fact]
    public void AgencyCreditLineAtTheEnd_IsRemoved_AndCredited()
    {
        var a = Extract(Body + "\n(أ. ف. ب)");
        Assert.Equal(["(أ. ف. ب)"], a.Removed);
        Assert.Equal("أ. ف. ب", a.Source.Agency);
    }

    [Fact]
    public void AgencyCreditWithoutDateline_IsTheSourceAgency()
    {
        var a = Extract("قال تجار أمس إن الأسعار ارتفعت، ووفقاً لـ \"رويترز\" فقد تراجعت أرباح التكرير إلى أدنى مستوى لها منذ بداية العام.");
        Assert.Null(a.Dateline.Agency);
        Assert.Equal("رويترز", a.Source.Agency);
    }
}
