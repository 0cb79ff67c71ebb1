using CsCheck;
using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Xunit;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>Quotation and event finding never throw, and every quotation is an in-bounds span of the body, whatever the input.</summary>
public sealed class HostileTextTests
{
    private static readonly string[] Pieces =
    [
        "قال", "يقول", "تقول", "وهو", "وأضاف", "أن", "إن", "بأن", "قائلا", "مشيرا", "إلى", "عن", "قوله", "ونقلت", "وكالة", "صحيفة", "حسبما", "ذكرت",
        "الوزير", "رئيس", "الوزراء", "محمد", "بن", "آل", "عبد", "روسيا", "وماليزيا", "وقعت", "اتفاقية", "في", "كوالالمبور",
        "اجتماع", "مع", "أمس", "اليوم", "12", "يوليو", "2015", "«", "»", "“", "”", "\"", ":", "،", ".", "—", "-", "(", ")",
        " ", " ", " ", "\n", "\n\n", "\u00A0", "\uD800", "\u200F", "ـ", "؟", "!", "x", "🙂",
    ];

    private static readonly Gen<string> ArabicNoise =
        Gen.OneOf<string>(Pieces).Array[0, 120].Select(parts => string.Concat(parts));

    private static readonly Gen<string> AnyText = Gen.OneOf(ArabicNoise, Gen.String[0, 400], Gen.Char.Array[0, 200].Select(c => new string(c)));

    [Fact]
    public void ReportingVerb_AsTheFirstWordOfTheBody_IsRead()
    {
        // an opinion column opening on its cue (ANT v2.1 AL-sport-1236-20180411) once read the token before the first
        var article = new Article();
        article.SetParagraphs(["يقول معالي المستشار تركي آل الشيخ رئيس هيئة الرياضة، دائمًا انتقدوني انتقدوني، مخاطبًا الإعلام الرياضي السعودي تحديدًا."]);
        new QuoteExtractor().Analyze(article);
        Assert.All(article.Quotes, q => Assert.Equal(article.Text[q.Start..q.End], q.Text));
    }

    [Theory]
    [InlineData("وقال “” إن الاتفاقية مهمة للبلدين.")]
    [InlineData("وأضاف «» أن الوزير سيزور موسكو قريبا.")]
    public void EmptyQuotes_AfterACue_AreNotASpeakerName(string paragraph)
    {
        // found by the random-text property (seed 5wR0c95FQiW4): an empty quoted pair after a cue was read as a quoted
        // speaker name with its last token before its first
        var article = new Article();
        article.SetParagraphs([paragraph]);
        new QuoteExtractor().Analyze(article);
        Assert.All(article.Quotes, q => Assert.Equal(article.Text[q.Start..q.End], q.Text));
        Assert.DoesNotContain(article.Quotes, q => q.Speaker is { Length: 0 });
    }

    [Fact]
    public void RandomText_NeverThrows_AndSpansAreInBounds() =>
        AnyText.Sample(text =>
        {
            var article = new Article();
            article.SetParagraphs(text.Split('\n'));
            new QuoteExtractor().Analyze(article);
            new EventExtractor().Analyze(article);
            var previous = -1;
            foreach (var q in article.Quotes)
            {
                Assert.InRange(q.Start, 0, article.Text.Length);
                Assert.InRange(q.End, q.Start + 1, article.Text.Length);
                Assert.Equal(article.Text[q.Start..q.End], q.Text);
                Assert.True(q.Start >= previous, "quotations are in text order");
                previous = q.Start;
            }
            foreach (var e in article.Events)
            {
                Assert.InRange(e.Start, 0, e.End);
                Assert.InRange(e.End, e.Start, article.Text.Length);
            }
        }, iter: 3000);

    [Theory]
    [InlineData("«««««««««")]
    [InlineData("»»»» قال الوزير إن »»")]
    [InlineData("\"\"\"\"\" وأضاف \"")]
    [InlineData("قال")]
    [InlineData("وأضاف:")]
    [InlineData("ونقلت وكالة عن")]
    [InlineData("قال الوزير إن")]
    [InlineData("“ ” “ ” قال “")]
    [InlineData("")]
    public void UnbalancedOrTruncated_NeverThrows(string text)
    {
        var article = new Article();
        article.SetParagraphs([text]);
        new QuoteExtractor().Analyze(article);
        new EventExtractor().Analyze(article);
        Assert.All(article.Quotes, q => Assert.Equal(article.Text[q.Start..q.End], q.Text));
    }

    [Fact]
    public void HugeParagraph_IsHandled()
    {
        var text = string.Concat(Enumerable.Repeat("وقال الوزير إن الحكومة ستواصل العمل، مشيرا إلى أن «الخطة جاهزة» ", 3000));
        var article = new Article();
        article.SetParagraphs([text]);
        new QuoteExtractor().Analyze(article);
        Assert.True(article.Quotes.Count >= 3000);
    }
}
