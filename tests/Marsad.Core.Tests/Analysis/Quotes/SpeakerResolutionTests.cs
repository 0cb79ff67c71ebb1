using Xunit;
using static Marsad.Tests.Analysis.Quotes.QuoteTesting;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>
/// Who speaks, on sentences from articles the rules were not written against (tests/data/quotes/dev2.jsonl):
/// descriptions taken up again, nationalities and long titles before a name, participles after another verb.
/// </summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void DefiniteDescription_TakesUpTheEarlierIndefiniteSpeaker()
    {
        var quotes = Find(
            "أفاد مصدر في قوات البيشمركة الكردية اليوم الخميس بمقتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور شرق الموصل.",
            "وقال المصدر إن عناصر تنظيم داعش أطلقوا اليوم عشرات الصواريخ على قضاء مخمور شرق الموصل.",
            "وأضاف أن قوات البيشمركة قامت بمحاصرة القضاء من جميع محاوره.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("مقتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور شرق الموصل", quotes[0].Text);
        Assert.Equal("مصدر في قوات البيشمركة الكردية", quotes[0].Speaker);
        Assert.Equal("المصدر", quotes[1].Speaker);
        Assert.Equal("مصدر في قوات البيشمركة الكردية", quotes[1].SpeakerCanonical);
        Assert.Equal("مصدر في قوات البيشمركة الكردية", quotes[2].SpeakerCanonical);
    }

    [Fact]
    public void DefiniteDescription_WithoutAnEarlierOne_StaysAsWritten()
    {
        var q = Single("وقال المصدر إن عناصر تنظيم داعش أطلقوا اليوم عشرات الصواريخ على قضاء مخمور.");
        Assert.Equal("المصدر", q.SpeakerCanonical);
    }

    [Fact]
    public void Nationality_BeforeTheName_AndTheTitleOfItsApposition()
    {
        var quotes = FindWithEntities(
            "احتفى الألماني يورغن كلوب، المدير الفني لليفربول الانجليزي بلاعبه المصري محمد صلاح الذي تألق وأحرز 4 أهداف في مباراة الفريق أمام واتفورد قائلا إنه \"في طريقه\" لأن يقارن بالنجم الأرجنتيني ليونيل ميسي.",
            "وقال المدير الفني الألماني إن \"آخر لاعب أعرفه كان له تأثير على أداء فريقه هو دييغو مارادونا\".");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("قائلا", quotes[0].Cue);
        Assert.Equal("الألماني يورغن كلوب", quotes[0].Speaker);
        Assert.Equal("المدير الفني الألماني", quotes[1].Speaker);
        Assert.Equal("يورغن كلوب", quotes[1].SpeakerCanonical);
    }

    [Fact]
    public void LongTitle_RunsOnToThePersonTheEntityStepFound()
    {
        var q = Only(FindWithEntities(
            "وأكد رئيس اللجنة المنظمة لفعاليات صيف حائل 36 في متنزه السمراء السياحي علي الفايز أن الإقبال الكثيف لزوار منطقة حائل يدفعنا دوما لمواصلة البناء."));
        Assert.Equal("رئيس اللجنة المنظمة لفعاليات صيف حائل 36 في متنزه السمراء السياحي علي الفايز", q.Speaker);
        Assert.Equal("علي الفايز", q.SpeakerCanonical);
        Assert.Equal("الإقبال الكثيف لزوار منطقة حائل يدفعنا دوما لمواصلة البناء", q.Text);
    }

    [Fact]
    public void SurnameEndingLikeATitle_StaysInTheName()
    {
        var q = Single("قال الداعية الإسلامي، محمد العريفي، الذي يعتبر أحد وجوه تيار الصحوة في المملكة العربية السعودية، إن المتأمل بتاريخ إيران يكتشف أنها حركة فارسية.");
        Assert.Equal("محمد العريفي", q.Speaker);
        Assert.Equal("المتأمل بتاريخ إيران يكتشف أنها حركة فارسية", q.Text);
    }

    [Fact]
    public void Participle_GoesWithThePersonOfItsOwnSentence()
    {
        var quotes = FindWithEntities(
            "قال الداعية الإسلامي، محمد العريفي، إن المتأمل بتاريخ إيران يكتشف أنها حركة فارسية.",
            "ويذكر أن تغريدة العريفي تأتي بعد ساعات على إعلان الرئيس الأمريكي، دونالد ترامب، انسحاب أمريكا من الاتفاق النووي الإيراني، مشيرا في كلمة له، الثلاثاء: \"من الواضح أننا لن نستطيع منع إيران من تصنيع قنبلة نووية بهذا الاتفاق،\" وهو الأمر الذي رد عليه الرئيس الإيراني، حسن روحاني قائلا إن أمريكا \"فشلت بالالتزام بتعهداتها الدولية في الاتفاق النووي.\"");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("مشيرا", quotes[1].Cue);
        Assert.Equal("دونالد ترامب", quotes[1].SpeakerCanonical);
        Assert.Equal("قائلا", quotes[2].Cue);
        Assert.Equal("حسن روحاني", quotes[2].Speaker);
    }

    [Fact]
    public void OrganizationNisba_AndForItsPart_BeforeTheObject()
    {
        var q = Only(FindWithEntities(
            "قتل 16 مدنيا الجمعة إثر غارة تركية استهدفت المستشفى الرئيسي في مدينة عفرين.",
            "وأكد الهلال الأحمر الكردي من جهته إصابة المستشفى في الغارة لكنه لم يعلن عن حصيلة للقتلى."));
        Assert.Equal("الهلال الأحمر الكردي", q.Speaker);
        Assert.Equal("إصابة المستشفى في الغارة", q.Text);
    }

    private static Quotation Only(List<Quotation> quotes) =>
        quotes.Count == 1 ? quotes[0] : throw new InvalidOperationException($"expected one quotation, found {quotes.Count}: " + string.Join(" | ", quotes.Select(q => q.Text)));
}
