using Xunit;
using static Marsad.Tests.Analysis.Quotes.QuoteTesting;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>Direct quotations: marks of every kind, nesting, colon and dash introducers, unclosed and multi-paragraph quotes.</summary>
public sealed class DirectQuoteTests
{
    [Theory]
    [InlineData("«", "»")]
    [InlineData("“", "”")]
    [InlineData("\"", "\"")]
    [InlineData("”", "“")] // written the other way round, as some Arabic sites do
    public void EveryKindOfMark_EnclosesTheWords(string open, string close)
    {
        var q = Single($"وقال الوزير {open}نحن ملتزمون بتنفيذ الاتفاق كاملا{close}.");
        Assert.Equal("نحن ملتزمون بتنفيذ الاتفاق كاملا", q.Text);
        Assert.True(q.Direct);
        Assert.Equal("الوزير", q.Speaker);
    }

    [Fact]
    public void NestedQuote_StaysInsideTheOuterOne()
    {
        var q = Find("ونقلت وكالة سبوتنيك الروسية عن ميدفيديف قوله “إن الخطر الناجم عن تنظيم “داعش” الإرهابي يهدد دول أوروبا ”.")[0];
        Assert.Equal("إن الخطر الناجم عن تنظيم “داعش” الإرهابي يهدد دول أوروبا", q.Text);
        Assert.True(q.Direct);
        Assert.Equal("قوله", q.Cue);
        Assert.Equal("ميدفيديف", q.Speaker);
        Assert.Equal("وكالة سبوتنيك الروسية", q.Via);
    }

    [Fact]
    public void NestedAsciiQuotes_PairByWhatTouchesThem()
    {
        var q = Single("وأفاد مكاوي \"الحوثيون يدعون بأن تنظيم \"داعش\" له وجود في اليمن بسبب \"عاصفة الحزم\" وهذا غير صحيح\".");
        Assert.Equal("الحوثيون يدعون بأن تنظيم \"داعش\" له وجود في اليمن بسبب \"عاصفة الحزم\" وهذا غير صحيح", q.Text);
        Assert.True(q.Direct);
    }

    [Fact]
    public void NameInQuotesInTheFrame_IsNotTheQuote()
    {
        var q = Single("ونقلت وكالة سبوتنيك عن ميدفيديف قوله خلال كلمة في قمة رابطة دول جنوب شرق آسيا “آسيان” التي تستضيفها ماليزيا “إن الإرهاب يهدد الجميع”.");
        Assert.Equal("إن الإرهاب يهدد الجميع", q.Text);
    }

    [Fact]
    public void ColonSpeech_IsReportedAndRunsToTheParagraphEnd()
    {
        var q = Single("وأضاف: أخي سعود رحمه الله ما زال جثمانه في فرنسا. وهم يرعونه ويتابعون أمره.");
        Assert.Equal("أخي سعود رحمه الله ما زال جثمانه في فرنسا. وهم يرعونه ويتابعون أمره", q.Text);
        Assert.False(q.Direct);
    }

    [Fact]
    public void ColonSpeech_StopsBeforeTheNextFramingSentence()
    {
        var quotes = Find("وعن قضية المهاجم قال: وقعنا اتفاقية ملزمة مع اللاعب. وحول إصابة الحارس قال: سيكون جاهزا للمباراة.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("وقعنا اتفاقية ملزمة مع اللاعب", quotes[0].Text);
        Assert.Equal("سيكون جاهزا للمباراة", quotes[1].Text);
    }

    [Fact]
    public void ColonThenQuote_IsDirect()
    {
        var q = Find("وحرص على التأكيد: «إننا سنقف إلى جوار شركائنا الخليجيين»، مشيرًا إلى ضمانات عسكرية ملموسة.")[0];
        Assert.Equal("إننا سنقف إلى جوار شركائنا الخليجيين", q.Text);
        Assert.Equal("التأكيد", q.Cue);
        Assert.True(q.Direct);
    }

    [Fact]
    public void EmDash_IntroducesTheWords()
    {
        var q = Single("وقال رئيس البلدية — لن نسمح بتكرار ما حدث في الحي القديم.");
        Assert.Equal("لن نسمح بتكرار ما حدث في الحي القديم", q.Text);
        Assert.Equal("رئيس البلدية", q.Speaker);
    }

    [Fact]
    public void UnclosedQuote_RunsToTheParagraphEnd()
    {
        var q = Find("وقال المدرب «اللاعبون قدموا مباراة كبيرة ونستحق الفوز", "وتابع الفريق تدريباته.")[0];
        Assert.Equal("اللاعبون قدموا مباراة كبيرة ونستحق الفوز", q.Text);
        Assert.True(q.Direct);
    }

    [Fact]
    public void QuoteOverSeveralParagraphs_IsOneQuotation()
    {
        var q = Find("وقال الوزير: «سنواصل العمل على المشروع حتى نهايته.", "«ولن نتراجع عن أي من التزاماتنا أمام المواطنين».")[0];
        Assert.StartsWith("سنواصل العمل على المشروع حتى نهايته.", q.Text);
        Assert.EndsWith("ولن نتراجع عن أي من التزاماتنا أمام المواطنين", q.Text);
        Assert.True(q.Direct);
    }

    [Fact]
    public void SingleQuotedWord_WithANamingVerb()
    {
        var q = Find("ووصف عبد الرزاق علاقات التعاون بين روسيا وماليزيا بـ “المستقرة” مشيرا إلى بروز ذلك في حقلي الفضاء والدفاع.")[0];
        Assert.Equal("المستقرة", q.Text);
        Assert.Equal("وصف", q.Cue);
        Assert.True(q.Direct);
    }

    [Fact]
    public void QuotedFragmentInsideAClause_IsNotDirect()
    {
        var q = Single("وقال جاوش اوغلو، بحسب ما نقلت عنه وكالة الاناضول التركية الرسمية، ان “الطائرات الاميركية بدأت بالوصول” الى تركيا، من دون اعطاء تفاصيل.");
        Assert.Equal("“الطائرات الاميركية بدأت بالوصول” الى تركيا", q.Text);
        Assert.False(q.Direct);
        Assert.Equal("وكالة الاناضول التركية الرسمية", q.Via);
    }

    [Fact]
    public void QuoteThenCue_IsAttributedBackwards()
    {
        var q = Single("«لن نقبل بأي تسوية على حساب حقوقنا»، قال رئيس الوفد.");
        Assert.Equal("لن نقبل بأي تسوية على حساب حقوقنا", q.Text);
        Assert.Equal("رئيس الوفد", q.Speaker);
    }

    [Fact]
    public void CueInsideQuotedWords_IsNotASecondQuotation()
    {
        var q = Single("وقال اليافعي \"لا أبالغ إذا قلت إننا أكثر رحمة منهم بعناصرهم الذين يقعون في أسرنا\".");
        Assert.Equal("اليافعي", q.Speaker);
    }

    [Fact]
    public void OpeningMarkGluedToTheCue_StillOpens()
    {
        var q = Single("وأضاف\" نعزي القيادة الرشيدة قبل أنفسنا في الفقيد ونسأل الله أن يتغمده برحمته ويتقبله في عداد الشهداء ونحن جميعا فداء للدين والوطن\".");
        Assert.True(q.Direct);
        Assert.Equal("أضاف", q.Cue);
        Assert.Equal("نعزي القيادة الرشيدة قبل أنفسنا في الفقيد ونسأل الله أن يتغمده برحمته ويتقبله في عداد الشهداء ونحن جميعا فداء للدين والوطن", q.Text);
    }

    [Fact]
    public void StrayGluedMark_BeforeAQuotedPair_StaysStray()
    {
        var q = Single("وقال المتحدث\" إن الحكومة \"ستواصل\" الإصلاحات.");
        Assert.False(q.Direct);
    }
}
