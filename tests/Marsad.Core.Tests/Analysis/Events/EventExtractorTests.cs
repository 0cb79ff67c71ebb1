using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Xunit;

namespace Marsad.Tests.Analysis.Events;

/// <summary>Event types, actors, places and dates, one rule per test, on real news sentences.</summary>
public sealed class EventExtractorTests
{
    private static List<NewsEvent> EventsOn(string? published, params string[] paragraphs)
    {
        var article = new Article { Published = published };
        article.SetParagraphs(paragraphs);
        new QuoteExtractor().Analyze(article);
        new EventExtractor().Analyze(article);
        return article.Events;
    }

    private static List<NewsEvent> Events(params string[] paragraphs) => EventsOn(null, paragraphs);

    [Fact]
    public void Signing_WithCoordinatedActorsAndPlace()
    {
        var e = Assert.Single(Events("وقعت روسيا وماليزيا على هامش أعمال قمة آسيان في كوالالمبور اتفاقية لإنشاء لجنة حكومية مشتركة."));
        Assert.Equal("agreement", e.Type);
        Assert.Equal(["روسيا", "ماليزيا"], e.Actors);
        Assert.Equal("كوالالمبور", e.Place);
        Assert.Equal("057", e.Cameo);
    }

    [Fact]
    public void SignVerbWithoutAnAgreement_IsNotASigning() =>
        Assert.DoesNotContain(Events("ووقع انفجار قوي في وسط العاصمة مساء أمس."), e => e.Type == "agreement");

    [Fact]
    public void Meeting_WithPartner()
    {
        var e = Assert.Single(Events("التقى وزير الخارجية السعودي عادل الجبير مع نظيره الأمريكي جون كيري في الدوحة."), e => e.Type == "meeting");
        Assert.Contains("عادل الجبير", e.Actors);
        Assert.Contains("جون كيري", e.Actors);
        Assert.Equal("الدوحة", e.Place);
    }

    [Fact]
    public void Reception_HostAndGuest()
    {
        var e = Assert.Single(Events("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة."), e => e.Type == "meeting");
        Assert.Equal(["عبد الفتاح السيسي", "سيرغي لافروف"], e.Actors);
        Assert.Equal("القاهرة", e.Place);
    }

    [Fact]
    public void Visit_ToAPlace()
    {
        var e = Assert.Single(Events("وصل القائد العام للجيش الليبي المشير خليفة حفتر إلى القاهرة الأحد."), e => e.Type == "visit");
        Assert.Equal("القاهرة", e.Place);
        Assert.Contains("خليفة حفتر", e.Actors);
    }

    [Fact]
    public void Casualties_WithCount()
    {
        var e = Assert.Single(Events("أدى الحادث الإرهابي إلى مقتل 12 من رجال الأمن في أبها."), e => e.Type == "casualties");
        Assert.Equal(12, e.Count);
        Assert.Empty(e.Actors);
    }

    [Fact]
    public void Attack_Airstrike()
    {
        var e = Assert.Single(Events("قصفت طائرات التحالف مواقع للمتمردين في صنعاء."), e => e.Type == "attack");
        Assert.Equal("190", e.Cameo);
        Assert.Equal("صنعاء", e.Place);
    }

    [Fact]
    public void Sanctions_Election_Protest_Arrest()
    {
        var types = Events(
            "فرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية.",
            "وتجري الانتخابات البرلمانية في تونس الشهر المقبل.",
            "وخرجت مظاهرات في بغداد احتجاجا على انقطاع الكهرباء.",
            "واعتقلت الشرطة ثلاثة أشخاص بعد الحادث.").Select(e => e.Type).ToList();
        Assert.Contains("sanctions", types);
        Assert.Contains("election", types);
        Assert.Contains("protest", types);
        Assert.Contains("arrest", types);
    }

    [Fact]
    public void Statement_AndAppeal_FromTheQuotations()
    {
        var events = Events("قال وزير الخارجية إن بلاده ملتزمة بالاتفاق.", "ودعا المجتمع الدولي إلى التحرك العاجل.");
        Assert.Contains(events, e => e.Type == "statement" && e.Cameo == "010");
        Assert.Contains(events, e => e.Type == "appeal" && e.Cameo == "020");
    }

    [Theory]
    [InlineData("اليوم", "2015-08-06")]
    [InlineData("أمس", "2015-08-05")]
    [InlineData("أمس الأول", "2015-08-04")]
    [InlineData("الأحد", "2015-08-02")] // 2015-08-06 is a Thursday: the last Sunday before it
    [InlineData("في 28 يوليو", "2015-07-28")]
    [InlineData("يوم 14 تموز/يوليو 2014", "2014-07-14")]
    public void Date_FromTheSentence(string when, string expected)
    {
        var e = Assert.Single(EventsOn("2015-08-06", $"التقى الرئيس الفرنسي نظيره الألماني {when} في باريس."), e => e.Type == "meeting");
        Assert.Equal(expected, e.Date);
    }

    [Fact]
    public void RelativeDate_WithoutAReference_IsNotInvented()
    {
        var e = Assert.Single(Events("التقى الرئيس الفرنسي نظيره الألماني أمس في باريس."), e => e.Type == "meeting");
        Assert.Null(e.Date);
    }
}
