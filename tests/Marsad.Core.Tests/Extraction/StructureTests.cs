using Marsad.Extraction;
using Xunit;

namespace Marsad.Tests.Extraction;

/// <summary>Subheadings, "see also" teasers and the record's text fields.</summary>
public sealed class StructureTests
{
    private const string First = "أعلنت وزارة الصحة اليوم عن افتتاح مركز جديد لعلاج أمراض القلب في المنطقة الشرقية، بطاقة استيعابية تبلغ مئتي سرير.";
    private const string Second = "وأوضح المتحدث الرسمي أن المركز سيستقبل المرضى اعتبارا من الشهر المقبل، وأن التسجيل سيكون عبر الموقع الإلكتروني.";
    private const string Third = "ويضم المركز ثلاثة أقسام للعمليات وقسما للعناية المركزة، إضافة إلى عيادات خارجية تعمل على فترتين صباحية ومسائية.";

    private static Article Extract(string content) => ArticleExtractor.Default.Extract(new RawDocument { Title = "افتتاح مركز للقلب", Content = content });

    [Theory]
    [InlineData("أقسام المركز")]
    [InlineData("35 سريرا للعناية")]
    [InlineData("المتحدث الرسمي: المركز يعمل على مدار الساعة طوال أيام الأسبوع")]
    public void ShortLineBetweenParagraphs_IsASubheading_AndStaysAParagraph(string heading)
    {
        var a = Extract($"{First}\n{Second}\n{heading}\n{Third}");
        Assert.Equal([heading], a.Subheadings);
        Assert.Equal([First, Second, heading, Third], a.Paragraphs);
    }

    [Fact]
    public void LineEndingWithAColon_IsNotASubheading() => Assert.Empty(Extract($"{First}\nوفيما يلي نص البيان:\n{Third}").Subheadings);

    [Fact]
    public void ListItems_AreNotSubheadings()
    {
        var a = Extract($"{First}\n* قسم العمليات\n* قسم العناية المركزة\n{Third}");
        Assert.Empty(a.Subheadings);
        Assert.Equal(4, a.Paragraphs.Count);
    }

    [Fact]
    public void SeeAlsoLabelOnItsOwnLine_PutsTheTitleInRelated_AndTheLedeInRemoved()
    {
        var a = Extract($"{First}\n{Second}\nانظر ايضاً\nوزير الصحة: مراكز جديدة في ثلاث مناطق\nالدمام-واس أعلن وزير الصحة اليوم أن الوزارة ستفتتح مراكز …");
        Assert.Equal([First, Second], a.Paragraphs);
        Assert.Equal(["وزير الصحة: مراكز جديدة في ثلاث مناطق"], a.Related.Select(r => r.Title));
        Assert.Equal(["انظر ايضاً", "وزير الصحة: مراكز جديدة في ثلاث مناطق", "الدمام-واس أعلن وزير الصحة اليوم أن الوزارة ستفتتح مراكز …"], a.Removed);
    }

    [Theory]
    [InlineData("اقرأ أيضا: مراكز جديدة في ثلاث مناطق", "مراكز جديدة في ثلاث مناطق")]
    [InlineData("اقرأ: (مراكز جديدة في ثلاث مناطق)", "مراكز جديدة في ثلاث مناطق")]
    [InlineData("اقرأ أيضاً «مراكز جديدة في ثلاث مناطق»", "مراكز جديدة في ثلاث مناطق")]
    // CNN Arabic teasers: a bare label, two dots and a no-break space (ANT CN-internationalNews-169)
    [InlineData("اقرأ..\u00a0لجنة بريطانية: كاميرون ضخّم الأوضاع بليبيا وانحرف نحو إسقاط القذافي", "لجنة بريطانية: كاميرون ضخّم الأوضاع بليبيا وانحرف نحو إسقاط القذافي")]
    [InlineData("ايضاً..\u00a0اعتقال تركي لمحاولته بيع خنجر القذافي المسروق لرجل أعمال سعودي.. كم تعتقد عرض ثمنا له؟", "اعتقال تركي لمحاولته بيع خنجر القذافي المسروق لرجل أعمال سعودي.. كم تعتقد عرض ثمنا له؟")]
    [InlineData("شاهد.. لحظة دخول قوات أمريكية قاعة دراسية بعد اطلاق نار", "لحظة دخول قوات أمريكية قاعة دراسية بعد اطلاق نار")]
    public void SeeAlsoLabelWithATitle_GivesTheTitle(string line, string title)
    {
        var a = Extract($"{First}\n{line}\n{Second}");
        Assert.Equal([First, Second], a.Paragraphs);
        Assert.Equal([title], a.Related.Select(r => r.Title));
        Assert.Equal([line], a.Removed);
    }

    [Fact]
    public void ImperativeReadInAColumn_IsNotATeaser()
    {
        const string line = "اقرأ التاريخ جيدا تجد أن الأمم التي تهمل تعليم أبنائها تتراجع مهما بلغت ثرواتها.";
        Assert.Empty(Extract($"{First}\n{line}").Related);
    }

    [Theory]
    [InlineData("أيضاً، أعلنت الوزارة عن خطة لتوسيع المراكز القائمة في المناطق الأخرى خلال العام المقبل.")]
    [InlineData("شاهد الحاضرون عرضا مرئيا عن مراحل إنشاء المركز وتجهيزه بأحدث الأجهزة الطبية.")]
    public void LabelWordOpeningASentence_IsNotATeaser(string line)
    {
        var a = Extract($"{First}\n{line}");
        Assert.Empty(a.Related);
        Assert.Equal([First, line], a.Paragraphs);
    }

    [Fact]
    public void Text_IsTheParagraphsJoinedByABlankLine()
    {
        var a = Extract($"{First}\n\n\n{Second}");
        Assert.Equal(First + "\n\n" + Second, a.Text);
    }

    [Fact]
    public void Spans_AreCopiedExactly_WithInnerSpacesAndMarks()
    {
        const string line = "وقال  الوزير:  «إنّ  المركز  جاهز»\u00a0، مضيفاً أن الافتتاح الرسمي سيكون بحضور أمير المنطقة الشرقية.";
        Assert.Equal([line], Extract("  " + line + "\u00a0 ").Paragraphs);
    }

    [Fact]
    public void EmptyContent_GivesAnEmptyRecord()
    {
        var a = ArticleExtractor.Default.Extract(new RawDocument { Content = "" });
        Assert.Equal("", a.Headline);
        Assert.Empty(a.Paragraphs);
        Assert.Equal("", a.Text);
    }

    [Fact]
    public void Published_IsIso8601()
    {
        Assert.Equal("2015-08-06T03:02:11", ArticleExtractor.Default.Extract(new RawDocument { Content = First, Published = "2015-08-06 03:02:11" }).Published);
        Assert.Equal("2018-04-01T12:02:37+04:00", ArticleExtractor.Default.Extract(new RawDocument { Content = First, Published = "Sun, 01 Apr 2018 12:02:37 +0400" }).Published);
        Assert.Null(ArticleExtractor.Default.Extract(new RawDocument { Content = First, Published = "أمس" }).Published);
    }
}
