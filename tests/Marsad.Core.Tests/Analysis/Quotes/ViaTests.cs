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

    [Fact]
    public void BareAttributionWithWa_IsTheViaOfTheStatementBefore() =>
        Assert.Equal("وكالة الأنباء التركية \"الأناضول\"", Single(
            "كشف الرئيس التركي رجب طيب أردوغان، الأحد، أن بلاده ستبدأ باستخدام العملات المحلية في التبادل التجاري مع إيران والصين، وفقا لوكالة الأنباء التركية \"الأناضول\".").Via);

    [Fact]
    public void QuotedOutletWithItsLam_IsTheOutletName()
    {
        var q = Find("أدان الدكتور أحمد الطيب شيخ الأزهر حادث التفجير الإرهابي الذى تعرض له مسجد قوات الطوارىء في مدينة أبها، مؤكدا في تصريح «للمدينة» أن تلك الحوادث لن تفت في عضد المملكة وشعبها الكريم.");
        Assert.Equal("المدينة", Assert.Single(q).Via);
    }

    [Theory]
    [InlineData("وقال الحرس الثوري الإيراني، في بيان نقلته وكالة أنباء فارس إنه \"أطلق سبعة صواريخ على مقر اجتماع قادة جماعة إرهابية المعادية لإيران في إقليم كردستان العراق\".", "وكالة أنباء فارس")]
    [InlineData("وقال الجيش في بيان بثه التلفزيون الرسمي إن \"دمشق وكل ما حولها وريفها وبلداته مناطق آمنة بالكامل\".", "التلفزيون الرسمي")]
    [InlineData("وأضاف أن ظاهرة الشهادات المزورة كانت متنامية في أوساط الشركات الهندسية وشركات المقاولات في السنوات الأخيرة، بحسب بيان نقلته وكالة الأنباء السعودية أمس.", "وكالة الأنباء السعودية")]
    public void StatementCarriedByAnOutlet_HasTheOutletAsVia(string sentence, string via) => Assert.Equal(via, Single(sentence).Via);

    [Fact]
    public void OutletNamedInItsSentence_BeatsTheOneCarriedFromBefore()
    {
        var q = Find(
            "وتابع عباس في بيان نقله موقع الأهرام، قبيل وصول ولي عهد المملكة للقاهرة، حيث قال: \"إن الزيارة اليوم دليل قاطع على عمق العلاقات الدبلوماسية بين البلدين.\"",
            "وأضاف: \"هذه الزيارة تعد أول زيارة لولى العهد إلي وطنه الثاني مصر، منذ تعيينه وليا للعهد في المملكة،\" موضحًا أنها \"بمثابة رد قوي لداعمي الإرهاب بأن وحدة البلدين ستمنع تلك الظاهرة،\" وفقا لما نقلته بوابة الأهرام.");
        Assert.Equal(3, q.Count);
        Assert.Equal("موقع الأهرام", q[0].Via);
        Assert.Equal("بوابة الأهرام", q[1].Via);
        Assert.Equal("بوابة الأهرام", q[2].Via);
    }

    [Fact]
    public void OutletSpokenToWithoutACue_FramesTheStatementsThatFollow()
    {
        var q = Find(
            "شكت سيدة سعودية لديها طفلتان الأولى تبلغ 5 سنوات والأخرى تبلغ من العمر سنتين لـ”عين اليوم” موقفا حصل لها مع أفراد عائلتها يوم أمس في أحد المطاعم الموجودة في مدينة جدة.",
            "وأوضحت أم لمار أنها قد اضطرت أن تنتظر عند باب استقبال المطعم إلى أن تأتي سيارتها مرة أخرى لمدة نصف ساعة تقريباً.");
        Assert.Equal("عين اليوم", Assert.Single(q).Via);
    }

    [Fact]
    public void OutletThatCouldNotVerify_FramesNothing()
    {
        var q = Find(
            "وتأتي هذه المعلومات التي لم يتسن لـ\"سكاي نيوز عربية\" التأكد من صحتها من مصادر مستقلة، بعد تسريبات عن توغل قوات تركية نحو عشرين كيلومترا داخل أراضي كردستان.",
            "وقالت مصادر رسمية في كردستان إن مروحيات تركية نقلت مئات الجنود إلى المثلث الحدودي.");
        Assert.Null(Assert.Single(q).Via);
    }

    [Fact]
    public void ScientificJournal_IsNoVia()
    {
        var q = Single("ودعا الأطباء في دورية \"ميديكال جورنال أوف أوستراليا\" الحكومة إلى تمويل أبحاث أسباب المرض وأسباب انتشاره.");
        Assert.Null(q.Via);
        Assert.Equal("تمويل أبحاث أسباب المرض وأسباب انتشاره", q.Text);
    }

    [Fact]
    public void OutletRelayingAnOfficial_IsTheVia()
    {
        var q = Single("وقالت شبكة تلفزيونية محلية نقلا عن مسؤول بالاسعاف إن ثمانية قتلوا.");
        Assert.Equal("مسؤول بالاسعاف", q.Speaker);
        Assert.Equal("شبكة تلفزيونية محلية", q.Via);
    }

    [Fact]
    public void ReportWithACommaBeforeAn_KeepsTheOutlet()
    {
        var q = Single("ونقلت صحيفة كومرسانت اليومية، عن مصادر عسكرية قولها، في وقت سابق من الاثنين، أن روسيا قد تبدأ في تزويد سوريا بأنظمة صواريخ إس-300 المضادة للطائرات في المستقبل القريب.");
        Assert.Equal("مصادر عسكرية", q.Speaker);
        Assert.Equal("صحيفة كومرسانت اليومية", q.Via);
    }

    [Theory]
    [InlineData("وتابع المسؤول الذي فضل عدم ذكر اسمه في تصريح لـCNN: \"نحن ملتزمون بذلك (هدنة 2014) طالما أن إسرائيل ملتزمة بها\".", "CNN")]
    [InlineData("وقال الرحبي في تصريحات لـ(عكاظ) إن عودة نائب الرئيس رئيس الحكومة إلى عدن هي خطوة إيجابية في سبيل عودة الرئيس إلى مدينة عدن.", "عكاظ")]
    public void OutletInLatinLettersOrBrackets_AfterAnInterviewWord_IsTheVia(string sentence, string via) => Assert.Equal(via, Single(sentence).Via);
}
