using Marsad.Analysis.Keywords;
using Marsad.Tests.Analysis;
using Xunit;

namespace Marsad.Tests.Analysis.Keywords;

public sealed class KeywordExtractorTests
{
    private readonly KeywordExtractor _extractor = new();

    [Fact]
    public void Sana_KeywordsNameWhatTheArticleIsAbout()
    {
        var (headline, text) = SampleArticles.Sana();
        var keywords = _extractor.Extract(headline, text);
        Assert.InRange(keywords.Count, 3, KeywordExtractor.DefaultCount);
        Assert.Contains(keywords, k => k.Contains("ميدفيديف", StringComparison.Ordinal));
        Assert.Contains(keywords, k => k.Contains("آسيان", StringComparison.Ordinal) || k.Contains("ماليزيا", StringComparison.Ordinal));
    }

    [Fact]
    public void Sana_KeywordsAreSurfaceFormsFromTheText()
    {
        var (headline, text) = SampleArticles.Sana();
        foreach (var keyword in _extractor.Extract(headline, text))
            Assert.True((headline + " " + text).Contains(keyword, StringComparison.Ordinal) || keyword.Split(' ').All(w => text.Contains(w, StringComparison.Ordinal)), keyword + " is not written in the article");
    }

    [Fact]
    public void Sana_KeywordsShareNoWord()
    {
        var (headline, text) = SampleArticles.Sana();
        var words = _extractor.Extract(headline, text).SelectMany(k => k.Split(' ')).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void RecurringName_IsKeptWhole()
    {
        const string text = "التقى ديمتري ميدفيديف رئيس الوزراء الماليزي في كوالالمبور. وقال ديمتري ميدفيديف إن بلاده تدعم الحوار. وأضاف ديمتري ميدفيديف أن التعاون سيتوسع.";
        var keywords = _extractor.Extract("ميدفيديف يدعو إلى الحوار", text);
        Assert.Contains("ديمتري ميدفيديف", keywords);
        Assert.DoesNotContain("ميدفيديف", keywords);
    }

    [Fact]
    public void ConjunctionBeforeTheArticle_IsNotShown()
    {
        const string text = "والمفاعل توقف عن العمل. والمفاعل يخضع للتفتيش. والمفاعل سيعود قريبا.";
        var keywords = _extractor.Extract("", text);
        Assert.DoesNotContain("والمفاعل", keywords);
        Assert.Contains("المفاعل", keywords);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("... !!! 123")]
    public void EmptyOrWordless_GivesNoKeywords(string text) => Assert.Empty(_extractor.Extract(null, text));

    [Fact]
    public void EntityMentions_BecomeKeywords()
    {
        const string text = "زار الرئيس مدينة حلب أمس. وتحدث عن الوضع.";
        var keywords = _extractor.Extract("زيارة", text, [new EntityMention("حلب", "LOC", 16, 19)]);
        Assert.Contains("حلب", keywords);
    }
}
