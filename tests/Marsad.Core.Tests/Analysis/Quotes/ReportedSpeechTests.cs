using Xunit;
using static Marsad.Tests.Analysis.Quotes.QuoteTesting;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>Reported speech: one test per rule of the quotes gold (README section 2), with real news sentences.</summary>
public sealed class ReportedSpeechTests
{
    [Fact]
    public void Complementizer_StartsTheText()
    {
        var q = Single("أكد وزير الخارجية البريطاني فيليب هاموند أن المملكة المتحدة لا تتساهل مع الإرهاب.");
        Assert.Equal("المملكة المتحدة لا تتساهل مع الإرهاب", q.Text);
        Assert.Equal("وزير الخارجية البريطاني فيليب هاموند", q.Speaker);
        Assert.Equal("فيليب هاموند", q.SpeakerCanonical);
        Assert.Equal("أكد", q.Cue);
        Assert.False(q.Direct);
        Assert.Null(q.Via);
    }

    [Fact]
    public void Preposition_StartsTheText()
    {
        var q = Single("ودعا ميدفيديف إلى بناء هيكلية موحدة تضمن الامن المتساوي للجميع.");
        Assert.Equal("بناء هيكلية موحدة تضمن الامن المتساوي للجميع", q.Text);
        Assert.Equal("دعا", q.Cue);
    }

    [Fact]
    public void BareObject_AfterTheSpeaker()
    {
        var q = Single("أكد رئيس الوزراء الروسي ديمتري ميدفيديف ضرورة تنسيق الجهود الدولية.");
        Assert.Equal("ضرورة تنسيق الجهود الدولية", q.Text);
        Assert.Equal("رئيس الوزراء الروسي ديمتري ميدفيديف", q.Speaker);
    }

    [Fact]
    public void GluedPreposition_IsLeftOut()
    {
        var q = Find("وطالب مكاوي الأمم المتحدة والصليب الأحمر بضرورة التحرك لإنقاذ حياة الأسرى.")[0];
        Assert.Equal("ضرورة التحرك لإنقاذ حياة الأسرى", q.Text);
        Assert.Equal("مكاوي", q.Speaker);
    }

    [Fact]
    public void ParticipleCue_EndsTheClauseBeforeIt()
    {
        var quotes = Find("أكد الرئيس الأمريكي باراك أوباما، أن الاتفاق يمنع طهران من امتلاك سلاح نووي، مشيرًا إلى أن الاتفاق عمل على تفكيك النشاطات.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("الاتفاق يمنع طهران من امتلاك سلاح نووي", quotes[0].Text);
        Assert.Equal("مشيرًا", quotes[1].Cue);
        Assert.Equal("الاتفاق عمل على تفكيك النشاطات", quotes[1].Text);
        Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
    }

    [Fact]
    public void FramingAdjunct_EndsTheClause()
    {
        var q = Single("واكد وزير الخارجية التركي مولود جاوش اوغلو ان بلاده ستبدأ “قريبا” بمحاربة التنظيم، وذلك خلال لقائه نظيره الاميركي.");
        Assert.Equal("بلاده ستبدأ “قريبا” بمحاربة التنظيم", q.Text);
        Assert.False(q.Direct); // a reported clause with quoted fragments
    }

    [Fact]
    public void NotingThat_EndsTheClause()
    {
        var q = Single("وتؤكد تركيا أن عمليتها العسكرية تستهدف وحدات حماية الشعب الكردية التي تعتبرها \"إرهابية\" علما وأنها كانت مكونا أساسيا في ألحاق الهزيمة بتنظيم \"الدولة الإسلامية\" في سوريا.");
        Assert.Equal("عمليتها العسكرية تستهدف وحدات حماية الشعب الكردية التي تعتبرها \"إرهابية\"", q.Text);
        Assert.Equal("تركيا", q.Speaker);
    }

    [Fact]
    public void EverydayNoun_RightAfterTheSpeaker_IsTheObject()
    {
        var q = Single("أكد المتحدث الاعلامي بالإدارة العامة للدفاع المدني بمحافظة الطائف العقيد ناصر بن سلطان الشريف، استمرار التنبيه الوارد من مصلحة الأرصاد وحماية البيئة، عن تشكيلات من السحب الرعدية الممطرة على الطائف .");
        Assert.Equal("استمرار التنبيه الوارد من مصلحة الأرصاد وحماية البيئة، عن تشكيلات من السحب الرعدية الممطرة على الطائف", q.Text);
        Assert.Equal("ناصر بن سلطان الشريف", q.SpeakerCanonical);
    }

    [Fact]
    public void GluedPreposition_OnANounOfTheEvent_OpensTheContent()
    {
        var q = Single("أفاد مصدر عسكري بمقتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور.");
        Assert.Equal("مقتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور", q.Text);
        Assert.Equal("مصدر عسكري", q.Speaker);
    }

    [Fact]
    public void PronounCue_ContinuesTheLastSpeaker()
    {
        var quotes = Find("قال أحمد الصافي مساعد السيستاني إن الحكومة مطالبة بالإصلاح.", "وأضاف أن الشعب سيدعمه.");
        Assert.Equal("أحمد الصافي", quotes[1].Speaker);
        Assert.Equal("أضاف", quotes[1].Cue);
    }

    [Fact]
    public void PronounCue_PicksTheSpeakerOfItsGender()
    {
        var quotes = Find("قالت وزارة الصحة إن الحالات ارتفعت.", "وقال المتحدث باسم الوزارة محمد العبدالعالي إن الوضع مطمئن.", "وأضافت أن الفرق الطبية جاهزة.");
        Assert.Equal("وزارة الصحة", quotes[2].Speaker);
    }

    [Fact]
    public void TitleWithoutName_ResolvesToThePersonWhoCarriesIt()
    {
        var quotes = Find("قال الشيخ عبد العزيز بن عبد الله آل الشيخ مفتي عام السعودية، إن المؤامرات دليل على الانحراف.", "وأضاف المفتي أن هذه الفئة ضالة.");
        Assert.Equal("الشيخ عبد العزيز بن عبد الله آل الشيخ", quotes[0].Speaker);
        Assert.Equal("المفتي", quotes[1].Speaker);
        Assert.Equal("عبد العزيز بن عبد الله آل الشيخ", quotes[1].SpeakerCanonical);
    }

    [Fact]
    public void Surname_ResolvesToTheFullName()
    {
        var quotes = Find("أعرب رئيس الوزراء الماليزي نجيب عبد الرزاق عن أمل بلاده في تطوير العلاقات.", "وقال عبد الرزاق إن التعاون مستقر.");
        Assert.Equal("عبد الرزاق", quotes[1].Speaker);
        Assert.Equal("نجيب عبد الرزاق", quotes[1].SpeakerCanonical);
    }

    [Fact]
    public void NameAfterCommaSeparatedTitle_IsTheSpeaker()
    {
        var q = Find("كشف قائد المنطقة العسكرية الرابعة، اللواء أحمد سيف اليافعي، في تصريحات إلى \"الوطن\" أن المقاومة اتخذت قرارا.")[0];
        Assert.Equal("اللواء أحمد سيف اليافعي", q.Speaker);
        Assert.Equal("الوطن", q.Via);
    }

    [Fact]
    public void TrailingApposition_IsNotPartOfTheSpeaker()
    {
        var q = Find("كشف ياسين مكاوي مستشار الرئيس اليمني أن الحوثيين نقلوا 700 أسير إلى صنعاء.")[0];
        Assert.Equal("ياسين مكاوي", q.Speaker);
    }

    [Fact]
    public void Honorific_IsDropped()
    {
        var q = Single("وأكد معالي وزير الصحة توفيق الربيعة أن الخدمات ستتحسن.");
        Assert.Equal("وزير الصحة توفيق الربيعة", q.Speaker);
    }

    [Fact]
    public void AliasInParentheses_GivesTheCanonicalName()
    {
        var quotes = Find("شنت إسرائيل غارة على معسكر تابع لحركة المقاومة الإسلامية (حماس) في قطاع غزة.", "وتقول حماس إنها لا تعمل خارج غزة.");
        Assert.Equal("حماس", quotes[0].Speaker);
        Assert.Equal("حركة المقاومة الإسلامية", quotes[0].SpeakerCanonical);
    }

    [Fact]
    public void SayingWord_TakesPrecedenceAsCue()
    {
        var q = Single("وأكد عبدالرحمن قائلا: لن يثنينا هذا العمل الجبان عن أداء مهامنا.");
        Assert.Equal("قائلا", q.Cue);
        Assert.Equal("عبدالرحمن", q.Speaker);
        Assert.Equal("لن يثنينا هذا العمل الجبان عن أداء مهامنا", q.Text);
    }

    [Fact]
    public void NegatedCue_ReportsNothing() => Assert.Empty(Find("ولم يذكر المتحدث أن الوزارة ستتدخل."));

    [Fact]
    public void BeliefInRelativeClause_ReportsNothing() =>
        Assert.Empty(Find("ويدفع رئيس الوزراء الإسرائيلي المشرعين لمعارضة الاتفاق الذي يرى فيه خطرا على وجود إسرائيل."));

    [Fact]
    public void ParticipleUsedAsAdjective_ReportsNothing() =>
        Assert.Empty(Find("وتصدر بحقها أحكاماً مشددة قد تصل إلى حجز المركبة وذلك لخطورتها على السلامة المرورية."));

    [Fact]
    public void ImpersonalMention_ReportsNothing() => Assert.Empty(Find("يذكر أن صندوق النقد العربي منظمة عربية مالية أنشئت عام 1976."));

    [Fact]
    public void PresentTenseRa2a_WithAComplementizer_IsACue()
    {
        var q = Single("ويرى الصندوق أن الهدف ملائم في ما يخص تحقيق ميزانية متوازنة في 2023.");
        Assert.Equal("يرى", q.Cue);
        Assert.Equal("الصندوق", q.Speaker);
        Assert.Equal("الهدف ملائم في ما يخص تحقيق ميزانية متوازنة في 2023", q.Text);
    }

    [Fact]
    public void PresentTenseRa2a_InADescriptiveClause_IsNot()
    {
        Assert.Empty(Find("وتحدث الكاتب عن المشروع الذي يرى فيه خطرا على المنطقة."));
    }

    [Fact]
    public void FeminineParticipleOfTasa2ala_AfterAnotherVerb()
    {
        var q = Single("واختتمت والدة الطفلتين حديثها متسائلة: هل يحق للمطاعم أو المقاهي منع دخول الأطفال أقل من ٨ سنوات ؟");
        Assert.Equal("متسائلة", q.Cue);
        Assert.False(q.Direct);
        Assert.StartsWith("هل يحق للمطاعم", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictCue_AfterAFrontedPrepositionalPhrase_WithColonSpeech()
    {
        var quotes = FindWithEntities(
            "وأوضحت أم لمار أنها قد اضطرت أن تنتظر عند باب استقبال المطعم إلى أن تأتي سيارتها مرة أخرى لمدة نصف ساعة تقريباً.",
            "وفي تفاصيل القصة ذكرت أم لمار: الأسبوع الماضي وفي يوم الثلاثاء بالتحديد زرت المطعم مع إحدى صديقاتي بدون أطفالي.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("ذكرت", quotes[1].Cue);
        Assert.Equal("أم لمار", quotes[1].SpeakerCanonical);
        Assert.Equal("الأسبوع الماضي وفي يوم الثلاثاء بالتحديد زرت المطعم مع إحدى صديقاتي بدون أطفالي", quotes[1].Text);
    }

    [Fact]
    public void BackgroundClauseAfterAComma_EndsTheContent()
    {
        var q = Single("أعلن نادي مانشستر سيتي الإنجليزي لكرة القدم اليوم الجمعة تجديد عقد مانويل بليجريني المدير الفني للفريق حتى عام 2017 ، وكان بليجريني قد تولى تدريب الفريق عام 2013.");
        Assert.Equal("تجديد عقد مانويل بليجريني المدير الفني للفريق حتى عام 2017", q.Text);
    }

    [Fact]
    public void PluralParticiple_ReportsForAPluralSpeaker()
    {
        var quotes = Find("وقال كل من صالح باهبري وعمر صالح إنهم تفاجأوا بانقطاع الكهرباء عن المتنزه الترفيهي، لافتين إلى أنهم قاموا بدفع كافة التذاكر.");
        var q = Assert.Single(quotes, q => q.Cue == "لافتين");
        Assert.Equal("قاموا بدفع كافة التذاكر", q.Text);
    }

    [Fact]
    public void TweetedStatement_AfterAColon()
    {
        var q = Single("وغرد الشيخ عادل الكلباني: في قديم الزمان كان الجهاد يعني قتال المشركين.");
        Assert.Equal("غرد", q.Cue);
        Assert.Equal("الشيخ عادل الكلباني", q.Speaker);
        Assert.Null(q.Via);
    }

    [Fact]
    public void HeadquartersWord_IsNotAParticipleCue()
    {
        var quotes = Find("وقال معهد العلوم والأمن الدولي ومقره الولايات المتحدة إن إيران ربما كانت تطهر الموقع.");
        var q = Assert.Single(quotes);
        Assert.Equal("قال", q.Cue);
        Assert.Equal("إيران ربما كانت تطهر الموقع", q.Text);
    }
}
