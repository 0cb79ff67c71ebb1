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

    [Fact]
    public void TaggedNameEndingOnBin_TakesTheNextWord()
    {
        var q = Only(FindWithEntities("أكد الأمير جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران، بأن إمارة المنطقة مسخرة لخدمة المواطن."));
        Assert.Equal("الأمير جلوي بن عبدالعزيز بن مساعد", q.Speaker);
        Assert.Equal("جلوي بن عبدالعزيز بن مساعد", q.SpeakerCanonical);
    }

    [Fact]
    public void ForeignParticle_InsideAName()
    {
        var q = Only(FindWithEntities("قال وزير الدفاع الفرنسي جان إيف لو دريان اليوم الخميس إن إجمالي ما ستدفعه فرنسا لروسيا سيكون أقل من 1.2 مليار يورو."));
        Assert.Equal("وزير الدفاع الفرنسي جان إيف لو دريان", q.Speaker);
        Assert.Equal("إجمالي ما ستدفعه فرنسا لروسيا سيكون أقل من 1.2 مليار يورو", q.Text);
    }

    [Fact]
    public void CircumstantialParticiple_IsNotTheSubject()
    {
        var quotes = Find(
            "وقال العبادي خلال اجتماع في قيادة العمليات المشتركة إن \"قواتنا الأمنية والعسكرية ستقتص بقوة من الخلايا الإرهابية\".",
            "وأضاف مقدما التعازي إلى عائلات القتلى \"وعد منا باننا سنقتل من ارتكبوا هذه الجريمة\".");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("العبادي", quotes[1].Speaker);
        Assert.Equal("وعد منا باننا سنقتل من ارتكبوا هذه الجريمة", quotes[1].Text);
    }

    [Fact]
    public void OneOfAGroup_IsTheSpeaker()
    {
        var quotes = Find(
            "وأعرب البعض عن انتقادهم للحكم على شبكات التواصل الاجتماعي.",
            "وقال أحد المنقدين للحكم على شبكة نافار الكورية \"أليست فترة الحكم قصيرة؟ لقد قتل أحلام الكثير من الممثلات\".");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("أحد المنقدين", quotes[1].Speaker);
    }

    [Fact]
    public void HyphenatedName_StaysWhole()
    {
        var q = Only(FindWithEntities("وقال الملياردير الكوري الجنوبي تشونغ مونغ-جون إنه سيعلن ترشحه لرئاسة الاتحاد الدولي لكرة القدم من باريس."));
        Assert.Equal("الملياردير الكوري الجنوبي تشونغ مونغ-جون", q.Speaker);
        Assert.Equal("سيعلن ترشحه لرئاسة الاتحاد الدولي لكرة القدم من باريس", q.Text);
    }

    [Fact]
    public void OneOfAGroup_ThenTheNameAfterTheComma()
    {
        var q = Single("ناشد أحد أفراد الحرس الوطني، محمد حسن الحارثي، وزير الحرس الوطني، الأمير متعب بن عبدالله بن عبدالعزيز، باستكمال علاجه من معاناته مع المرض.");
        Assert.Equal("محمد حسن الحارثي", q.Speaker);
        Assert.Equal("استكمال علاجه من معاناته مع المرض", q.Text);
    }

    [Fact]
    public void Occupation_IsATitleBeforeTheName()
    {
        var q = Only(FindWithEntities("قال مغني الراب الأميركي كاني ويست، الأربعاء، إنه أقال مدير أعماله."));
        Assert.Equal("مغني الراب الأميركي كاني ويست", q.Speaker);
        Assert.Equal("أقال مدير أعماله", q.Text);
    }

    [Fact]
    public void TitleComplement_StartingWithAnEverydayNoun_RunsOnToTheTaggedPerson()
    {
        var q = Only(FindWithEntities("وأوضح مدير مشروع الطرد الخيري أحمد راشد الدوسري أن جمعية البركة الخيرية والبريد الممتاز حققا الهدف المنشود."));
        Assert.Equal("مدير مشروع الطرد الخيري أحمد راشد الدوسري", q.Speaker);
        Assert.Equal("أحمد راشد الدوسري", q.SpeakerCanonical);
    }

    [Fact]
    public void PersonOfAnotherTitle_InTheObject_IsNotTheSpeaker()
    {
        var q = Only(FindWithEntities("أكد الوزير أهمية زيارة الرئيس عبد الفتاح السيسي إلى المملكة."));
        Assert.Equal("الوزير", q.Speaker);
        Assert.Equal("أهمية زيارة الرئيس عبد الفتاح السيسي إلى المملكة", q.Text);
    }

    [Fact]
    public void NameThatLooksLikeAParticiple_IsStillTheSubject()
    {
        var q = Single("وكتب منانغاغوا على حسابه في تويتر \"شكرا زيمبابوي (...) إنّها بداية جديدة\".");
        Assert.Equal("منانغاغوا", q.Speaker);
    }

    [Fact]
    public void Description_DoesNotEndOnAPreposition()
    {
        var q = Single("أعلنت دائرة العلاقات الخارجية في حكومة إقليم كردستان أمس أن الاتحاد الأوروبي سيفتتح قريبا مكتبا تنسيقيا رسميا في الإقليم.");
        Assert.Equal("دائرة العلاقات الخارجية", q.Speaker);
    }

    [Fact]
    public void HashtagSpeaker_IsCanonicalWithoutTheMarks_AndTakenUpByItsDefiniteHead()
    {
        var quotes = Find(
            "أشار #صندوق_النقد_الدولي إلى أن #السعودية تواصل تحقيق تقدم جيد في تنفيذ برنامجها الإصلاحي الطموح في ظل رؤية 2030.",
            "وقال الصندوق إنه ينبغي إجراء مراجعة دورية لحساب المواطن للتأكد من أنه كافٍ لتعويض الأسر ذات الدخل المنخفض والمتوسط.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("#صندوق_النقد_الدولي", quotes[0].Speaker);
        Assert.Equal("صندوق النقد الدولي", quotes[0].SpeakerCanonical);
        Assert.Equal("الصندوق", quotes[1].Speaker);
        Assert.Equal("صندوق النقد الدولي", quotes[1].SpeakerCanonical);
    }

    private static Quotation Only(List<Quotation> quotes) =>
        quotes.Count == 1 ? quotes[0] : throw new InvalidOperationException($"expected one quotation, found {quotes.Count}: " + string.Join(" | ", quotes.Select(q => q.Text)));

    [Fact]
    public void RelativeClauseCue_AfterANamedPerson_IsTheirStatement()
    {
        var q = Single("من جانبها تواصلت “عين اليوم” مع مدير إدارة العلاقات العامة والتواصل بأمانه جدة، محمد البقمي الذي كشف أن وزارة الشؤون البلدية والقروية لديها لائحة معتمدة بجميع الأنظمة والقوانين المختصة بالمطاعم.");
        Assert.Equal("محمد البقمي", q.Speaker);
        Assert.Equal("وزارة الشؤون البلدية والقروية لديها لائحة معتمدة بجميع الأنظمة والقوانين المختصة بالمطاعم", q.Text);
        Assert.Equal("عين اليوم", q.Via);
    }

    [Fact]
    public void RelativeClauseCue_AfterAThing_IsNoStatementOfIt() =>
        Assert.DoesNotContain(Find("ودافعت عن استراتيجيتها التي قالت إنها الأفضل لمستقبل البلاد."), q => q.Speaker == "استراتيجيتها");

    [Fact]
    public void DefiniteSurname_ResolvesToTheNameWrittenWithoutTheArticle()
    {
        var q = Find(
            "قال السفير أحمد قطان سفير خادم الحرمين الشريفين لدى مصر وعميد السلك الدبلوماسي العربي إن العاهل السعودي، الملك سلمان أناب ولي ولي العهد الأمير محمد بن سلمان للمشاركة في احتفالات مصر بقناة السويس.",
            "وأوضح القطان في لقاء مع رؤساء الصحف المصرية وعدد من الكتاب المصريين أن دور مصر والسعودية أساسي فى حماية الأمن القومي العربي.");
        Assert.Equal("القطان", q[1].Speaker);
        Assert.Equal("أحمد قطان", q[1].SpeakerCanonical);
    }

    [Fact]
    public void FeminineCueWithAnObjectPronoun_GoesWithTheFeminineSubjectOfItsSentence()
    {
        var q = Single("أدانت رابطة العالم الإسلامي التصريحات «الطائفية» التي صدرت عن نائب رئيس الجمهورية العراقية نوري المالكي ضد السعودية، ووصفتها بالمسعورة.");
        Assert.Equal("رابطة العالم الإسلامي", q.Speaker);
        Assert.Equal("المسعورة", q.Text);
    }
}
