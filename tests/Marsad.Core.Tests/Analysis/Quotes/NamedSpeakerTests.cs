using Xunit;
using static Marsad.Tests.Analysis.Quotes.QuoteTesting;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>
/// Speakers resolved to the person the article names, and where a speaker phrase ends (session 7): long titles with a
/// preposition, a person inside an institution's name, documents and their issuers, title-only mentions. Sentences from
/// SaudiNewsNet and ANT articles (tests/data/quotes/test5.jsonl where noted).
/// </summary>
public sealed class NamedSpeakerTests
{
    [Fact]
    public void TitleWithAPreposition_RunsOnToThePerson_AndThePronounCueFollowsHim()
    {
        var quotes = FindWithEntities(
            "ندد الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ الدكتور عبدالرحمن السند، بالتفجير الإرهابي الذي وقع ظهر أمس الخميس في مسجد مقر قوات الطوارئ الخاصة بمنطقة عسير، والذي نتج عنه استشهاد وإصابة عدد من منسوبي القوات.",
            "وقال: «هذا التفجير يعد جرما عظيما وعدوانا كبيرا يستهدف رجال أمننا الذين يعملون لخدمة هذا الوطن»");
        var q = Assert.Single(quotes);
        Assert.Equal("الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ الدكتور عبدالرحمن السند", q.Speaker);
        Assert.Equal("عبدالرحمن السند", q.SpeakerCanonical);
    }

    [Fact]
    public void RoleWithAPrepositionalComplement_BeforeTheName()
    {
        var q = Assert.Single(FindWithEntities(
            "وأوضح المشرف العام على البرنامج الدكتور عبدالله محمد الغروي، أن البرنامج يشتمل على عدة برامج توعوية، وركن خاص بالأطفال، وفحص السكري والضغط والوزن والطول."));
        Assert.Equal("المشرف العام على البرنامج الدكتور عبدالله محمد الغروي", q.Speaker);
        Assert.Equal("عبدالله محمد الغروي", q.SpeakerCanonical);
    }

    [Fact]
    public void PersonNamingAnInstitution_IsNotTheSpokesman()
    {
        var q = Assert.Single(FindWithEntities(
            "وأكد المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ ل\"الرياض\" أنه لا يوجد عدد محدود أو خطة زمنية لإيصال الإغاثة للشعب اليمني."));
        Assert.Equal("المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ", q.Speaker);
        Assert.Equal("رأفت الصباغ", q.SpeakerCanonical);
    }

    [Fact]
    public void CueWithFiih_SpeaksForTheIssuerOfTheDocument_NotTheSubjectOfAnEarlierClause()
    {
        // test5 (france24): غداة opens an adverbial, and the statement made "فيه" is the agency's
        var q = Assert.Single(FindWithEntities(
            "غداة اتهام إسرائيل طهران بقيامها بتطوير برنامج \"سري\" للاستحواذ على سلاح نووي، نشرت الوكالة الدولية للطاقة الذرية الثلاثاء بيانا أكدت فيه أنها لا تملك \"أي مؤشر له مصداقية عن أنشطة في إيران على ارتباط بتطوير قنبلة نووية بعد العام 2009\"."));
        Assert.Equal("الوكالة الدولية للطاقة الذرية", q.Speaker);
    }

    [Fact]
    public void CueWithFiiha_AfterAPersonsWords_IsThatPerson()
    {
        // SkyNews Arabic: فيها refers to the statements of the person named right before it, not to the sentence's subject
        var quotes = FindWithEntities(
            "وجاء الإعلان بعد شهر من تصريحات للمرشد الإيراني علي خامنئي، قال فيها إنه أصدر توجيهات للهيئات المعنية بأن تستعد لزيادة القدرة على تخصيب اليورانيوم إذا انهار الاتفاق النووي المبرم مع القوى العالمية بعد انسحاب الولايات المتحدة منه.");
        var q = Assert.Single(quotes);
        Assert.Equal("علي خامنئي", q.SpeakerCanonical);
    }

    [Fact]
    public void SubjectAfterFiih_IsTheSpeaker()
    {
        // SkyNews Arabic: "في وقت قال فيه X" (at a time when X said)
        var quotes = FindWithEntities(
            "أبدت السعودية استعدادها للتعاون مع تركيا في التحقيق الذي تجريه أنقرة بشأن اختفاء الصحفي جمال خاشقجي، في وقت قال فيه السفير السعودي في واشنطن، الأمير خالد بن سلمان، إن سلامة جمال \"أولوية قصوى للمملكة\".");
        var q = Assert.Single(quotes);
        Assert.Equal("خالد بن سلمان", q.SpeakerCanonical);
    }

    [Fact]
    public void PlaceOfThePost_ThenTheNameAfterAComma()
    {
        // Alarabiya: "في السعودية" belongs to the post; the name follows the comma
        var quotes = FindWithEntities(
            "قالت الرئيس التنفيذي في مجموعة العليان للتمويل في السعودية، لبنى العليان إن #المنتدى_السعودي_الأميركي يعكس قوة العلاقات الثنائية بين المملكة وأميركا مع وجود أكثر من 250 رئيسا تنفيذيا لكبريات الشركات.");
        var q = Assert.Single(quotes);
        Assert.Equal("لبنى العليان", q.SpeakerCanonical);
    }

    [Fact]
    public void CompoundNamePart_AfterTheTaggedName()
    {
        // CNN: the entity step tags "مصطفى عبدالله"; "صنع الله" completes it, and the surname alone resolves to it
        var quotes = FindWithEntities(
            "وقال رئيس المؤسسة الوطنية للنفط في ليبيا، مصطفى عبدالله صنع الله: \"لقد طالبت مراراً وتكراراً بالتوزيع العادل لإيرادات النفط الوطنية\".",
            "وأكد صنع الله أن المؤسسة تقوم بنشر بيانات الإيرادات النفطية الشهرية.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("مصطفى عبدالله صنع الله", quotes[0].Speaker);
        Assert.Equal("مصطفى عبدالله صنع الله", quotes[1].SpeakerCanonical);
    }

    [Fact]
    public void ObjectAfterTheTitle_IsNotPartOfTheIssuer()
    {
        // test5 (CNN): the accusative بياناً ends the title; the statement made "فيه" is the prosecutor's
        var quotes = FindWithEntities(
            "أصدر النائب العام المصري بياناً، الأربعاء، أكد فيه خلو جسدي السائحين البريطانيين اللذين توفيا في مدينة الغردقة بمصر الشهر الماضي من أي \"عنف جنائي\"، مشيراً إلى أن سبب وفاة السائح كانت \"نزلة معوية حادة\" وتوقف بعضلة القلب والتنفس");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("أكد", quotes[0].Cue);
        Assert.All(quotes, q => Assert.Equal("النائب العام المصري", q.Speaker));
    }

    [Fact]
    public void PrayerToGod_IsNotACall()
    {
        var quotes = FindWithEntities(
            "أعلنت قيادة القوات المشتركة في بيان لها اليوم استشهاد الجندي أول يحي متعب الشامري - رحمه الله - من منسوبي القوات البرية بعد إصابته بمقذوف بقطاع جيزان ، داعية الله بأن يتغمده بواسع رحمته ويتقبله مع الشهداء ، ويلهم أهله وذويه الصبر والسلوان، إنا لله وإنا إليه راجعون.");
        Assert.DoesNotContain(quotes, q => q.Cue == "داعية");
    }

    [Fact]
    public void DocumentSpeaker_IsTheIssuerOfTheStatementBefore()
    {
        var quotes = FindWithEntities(
            "وقالت وزارة الداخلية في بيان لها \"تمكنت الوحدة الوطنية للأبحاث في جرائم الإرهاب للمصالح المختصة في عملية أمنية استباقية وبعد تحريات ميدانية معمقة من إيقاف ستة عناصر بجهة الدهماني الكاف مرتبطة بالمجموعات الإرهابية المتحصنة بالفرار بالجبال\". وقال البيان إن المجموعة كانت \"بصدد التخطيط لاستهداف منشآت أمنية حساسة بالكاف وتونس العاصمة وذلك بالتنسيق مع نظرائها المتواجدين بالجبال ثم الانضمام إليهم\".");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("البيان", quotes[1].Speaker);
        Assert.Equal("وزارة الداخلية", quotes[1].SpeakerCanonical);
    }

    [Fact]
    public void DocumentSpeaker_WithoutAnIssuer_StaysAsWritten()
    {
        var q = Single("وقال البيان إن المجموعة كانت \"بصدد التخطيط لاستهداف منشآت أمنية حساسة بالكاف وتونس العاصمة\".");
        Assert.Equal("البيان", q.SpeakerCanonical);
    }

    [Fact]
    public void RoleAndTitle_BeforeAName_WithATimeWordInside()
    {
        // test5 (SaudiNewsNet alyaum): صباح is a name here, and a later "المتهم" is the same man
        var quotes = FindWithEntities(
            "من جهة أخرى، اعترف المتهم الرئيس عبدالرحمن صباح عيدان أمس أمام هيئة المحكمة بالتنسيق مع منفذ الهجوم فهد القباع.",
            "المتهم قال: إن القباع أبلغه بأن العملية سوف تتم بعد انتهاء صلاة الجمعة، وأنه كان يعتقد أن الصلاة قد انتهت ولم يبق مصلون عندما أوصل القباع.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("المتهم الرئيس عبدالرحمن صباح عيدان", quotes[0].Speaker);
        Assert.Equal("المتهم", quotes[1].Speaker);
        Assert.Equal("عبدالرحمن صباح عيدان", quotes[1].SpeakerCanonical);
    }

    [Fact]
    public void TitleSetOffByCommas_NamesThePersonBeforeIt()
    {
        // test5 (SaudiNewsNet aleqtisadiya)
        var q = Assert.Single(FindWithEntities(
            "جاء ذلك في البيان الذي أصدره الدكتور عبدالله التركي، الأمين العام للرابطة، وقال فيه: إن رابطة العالم الإسلامي تابعت بأسى التصريحات التي صدرت عن نائب الرئيس العراقي نوري المالكي ضد المملكة."));
        Assert.Equal("الدكتور عبدالله التركي", q.Speaker);
        Assert.Equal("عبدالله التركي", q.SpeakerCanonical);
    }

    [Fact]
    public void TitleOnlySpeaker_IsThePersonANarrativeSentenceNamedWithIt()
    {
        // test5 (CNN): the name comes in a sentence without a cue
        var quotes = FindWithEntities(
            "وجَّه الأمير خالد بن سلمان، السفير السعودي بالولايات المتحدة، رسالة إلى المجتمع الدولي تتعلق بقضية اغتيال رئيس الوزراء اللبناني الراحل، رفيق الحريري.",
            "وقال السفير السعودي في الولايات المتحدة، في حسابه على موقع \"تويتر\"، الأربعاء: \"على المجتمع الدولي أن يتكاتف لتحميل قاتلي الشهيد الحريري المسؤولية\".");
        var q = Assert.Single(quotes);
        Assert.Equal("خالد بن سلمان", q.SpeakerCanonical);
    }

    [Fact]
    public void TitleOnlySpeaker_DoesNotTakeUpAPersonOfALaterSentence()
    {
        // SkyNews Arabic: the entity step tags "واجهتان براقتان" as a person after "ووزير الخارجية ظريف"
        var quotes = FindWithEntities(
            "وأكد وزير الخارجية، الذي كان يتحدث لجمهور في ولاية كاليفورنيا مؤلف معظمه من أميركيين من أصول إيرانية، أن إطلاق محادثات مع النظام الإيراني لن يحدث إلا عندما ترى واشنطن نتائج ملموسة لتغير سياسة طهران.",
            "وأضاف بومبيو أن روحاني ووزير الخارجية ظريف مجرد واجهتان براقتان على الصعيد الدولي لنظام الملالي الخداع.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("وزير الخارجية", quotes[0].SpeakerCanonical);
    }

    [Fact]
    public void PronounCue_WhoseWordsNameTheLastSpeaker_IsTheSpeakerBefore()
    {
        // test5 (SaudiNewsNet alwatan): a speaker does not open his own words with his name
        var quotes = FindWithEntities(
            "وقال المتحدث باسم المنظمة الدولية، أحمد فوزي، إن المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ أحمد، جدد دعوته لوقف إطلاق النار.",
            "ومضى ولد الشيخ بالقول إنه يعتقد أن خطته لإنهاء الصراع الدائر هناك منذ أربعة أشهر تكتسب قبولا متزايدا بين الأطراف المتحاربة.",
            "وتابع \"ولد الشيخ كثف من اتصالاته خلال الأيام الماضية بكافة أطراف الأزمة، وتلقى ردودا مشجعة.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("ولد الشيخ", quotes[1].Speaker);
        Assert.Equal("أحمد فوزي", quotes[2].SpeakerCanonical);
    }
}
