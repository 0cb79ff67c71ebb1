using Marsad.Analysis.Summaries;
using Marsad.Tests.Analysis;
using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Analysis.Summaries;

public sealed class SummarizerTests
{
    private readonly Summarizer _summarizer = new();

    [Fact]
    public void Sana_SummaryOpensWithTheLead()
    {
        var (headline, text) = SampleArticles.Sana();
        var summary = _summarizer.Summarize(headline, text);
        Assert.NotNull(summary);
        Assert.StartsWith("أكد رئيس الوزراء الروسي ديمتري ميدفيديف", summary);
    }

    [Fact]
    public void Sana_SummaryIsOneToThreeWholeSentencesOfTheText()
    {
        var (headline, text) = SampleArticles.Sana();
        var summary = _summarizer.Summarize(headline, text)!;
        var sentences = SentenceSplitter.Split(summary);
        Assert.InRange(sentences.Count, 1, 3);
        var textSentences = SentenceSplitter.Split(text).Select(s => s.Text(text)).ToHashSet();
        foreach (var s in sentences)
            Assert.Contains(s.Text(summary), textSentences);
    }

    [Fact]
    public void LongLead_IsGivenWholeNotCut()
    {
        var lead = "قال المتحدث " + string.Join(" ", Enumerable.Repeat("إن الحكومة ستواصل العمل على تنفيذ خطة الإصلاح الاقتصادي الشاملة", 12)) + ".";
        var summary = _summarizer.Summarize("", lead + "\n\nوأضاف أن الخطة ستنفذ على مراحل خلال السنوات المقبلة.");
        Assert.Equal(lead, summary);
    }

    [Fact]
    public void ShortDatelineLine_IsNotTheLead()
    {
        var summary = _summarizer.Summarize("", "موسكو - سانا\n\nأكد رئيس الوزراء الروسي ضرورة تنسيق الجهود الدولية لمكافحة الإرهاب تحت مظلة الأمم المتحدة.");
        Assert.StartsWith("أكد رئيس الوزراء", summary);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("مرحبا")]
    public void NoSentenceWorthGiving_GivesNull(string? text) => Assert.Null(_summarizer.Summarize(null, text));
}
