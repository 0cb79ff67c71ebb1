using Xunit;
using static Marsad.Tests.Analysis.Quotes.QuoteTesting;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>"via": the outlet a statement is reported through, and when it carries over.</summary>
public sealed class ViaTests
{
    [Fact]
    public void InterviewWithOutlet_IsTheVia()
    {
        var q = Find("كشف ياسين مكاوي أن الحوثيين نقلوا 700 أسير، مشيرا في تصريح ل\"الرياض\" إلى أن جل الأسرى من المواطنين.");
        Assert.All(q, x => Assert.Equal("الرياض", x.Via)); // stated once, it covers the whole sentence
    }

    [Fact]
    public void Via_CarriesToContinuingStatements()
    {
        var q = Find("ونقلت وكالة فارس للأنباء عن لاريجاني قوله «هذا نزاع مصطنع».", "وأضاف «الإسرائيليون ليسوا سعداء بالاتفاق».");
        Assert.Equal("وكالة فارس للأنباء", q[0].Via);
        Assert.Equal("وكالة فارس للأنباء", q[1].Via);
    }

    [Fact]
    public void Via_DoesNotCarryToAnotherOccasion()
    {
        var q = Find(
            "ونقلت وكالة سبوتنيك عن كي مون قوله “يتعين على المجتمع الدولي إظهار تضامنه”.",
            "وكان بان كي مون أعلن في وقت سابق أن المنظمة ستقدم خطة عمل شاملة داعيا روسيا إلى “التعاون من أجل اقتلاع الإرهاب”.");
        Assert.Equal("وكالة سبوتنيك", q[0].Via);
        Assert.Null(q[1].Via);
        Assert.Null(q[2].Via);
        Assert.Equal("بان كي مون", q[1].Speaker);
    }

    [Fact]
    public void AnaphoricOutlet_TakesTheFullMention()
    {
        var q = Find("استخرج أطباء 360 حصاة من معدة سيدة هندية، حسبما ذكرت صحيفة «ديلي ميل» البريطانية.",
            "ونقلت الصحيفة عن أستاذ الجراحة الذي أجرى العملية، ويدعى ماخان لا ساها، إنه لم ير في حياته هذا العدد.");
        Assert.Equal("صحيفة «ديلي ميل» البريطانية", q[0].Speaker);
        Assert.Null(q[0].Via);
        Assert.Equal("أستاذ الجراحة", q[1].Speaker);
        Assert.Equal("ماخان لا ساها", q[1].SpeakerCanonical);
        Assert.Equal("صحيفة «ديلي ميل» البريطانية", q[1].Via);
    }

    [Fact]
    public void SocialNetwork_IsNotAVia() =>
        Assert.Null(Single("وقال الحقباني في تغريدات له عبر حسابه في “تويتر”: جاء أخي سعود الخميس الماضي من فرنسا.").Via);

    [Fact]
    public void ReferenceBack_CoversEarlierStatements()
    {
        var q = Find("أكد وزير الخارجية البريطاني فيليب هاموند أن المملكة المتحدة لا تتساهل مع الإرهاب.",
            "وجاء ذلك خلال حوار مطول مع «الشرق الأوسط» في مكتبه أمس.");
        Assert.Equal("الشرق الأوسط", Assert.Single(q).Via);
    }

    [Fact]
    public void OutletThatMetTheSpeaker_FramesWhatFollows()
    {
        var q = Find("«المدينة» التقت بابن خالة الشهيد عبدالرحمن أبو شوشة في موقف السيارات.", "يقول عبدالرحمن: كنت داخل المعسكر ولكن في موقع آخر.");
        Assert.Equal("المدينة", Assert.Single(q).Via);
    }
}
