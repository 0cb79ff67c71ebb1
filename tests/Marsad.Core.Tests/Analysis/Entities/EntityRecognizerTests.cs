using CsCheck;
using Marsad.Analysis;
using Marsad.Analysis.Entities;
using Marsad.Extraction;
using Marsad.Testing;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>The "entities" step on real news: the SANA sample's names with their types, and offsets that always hold.</summary>
public sealed class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static string SampleText() =>
        File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "sana-2015-medvedev-asean.txt"));

    public static TheoryData<string, string> SanaEntities => new()
    {
        { "ميدفيديف", "PER" },
        { "ديمتري ميدفيديف", "PER" },
        { "دميتري ميدفيديف", "PER" },
        { "بان كي مون", "PER" },
        { "كي مون", "PER" },
        { "نجيب عبد الرزاق", "PER" },
        { "روسيا", "LOC" },
        { "ماليزيا", "LOC" },
        { "كوالالمبور", "LOC" },
        { "آسيان", "ORG" },
        { "الأمم المتحدة", "ORG" },
        { "داعش", "ORG" },
        { "سبوتنيك", "ORG" },
    };

    [Theory]
    [MemberData(nameof(SanaEntities))]
    public void SanaSample_FindsTheNewsNames(string name, string type)
    {
        var mentions = Recognizer.Recognize(SampleText());
        Assert.Contains(mentions, m => m.Text == name && m.Type == type);
    }

    [Fact]
    public void SanaSample_FindsSputnikInsideTheAgencyPhrase()
    {
        const string sentence = "ونقلت وكالة سبوتنيك الروسية عن ميدفيديف قوله إن الخطر يهدد المنطقة.";
        var mentions = Recognizer.Recognize(sentence);
        Assert.Contains(mentions, m => m.Type == "ORG" && m.Text.EndsWith("سبوتنيك", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "ميدفيديف" && m.Type == "PER");
    }

    [Fact]
    public void AttachedConjunction_IsLeftOutOfTheMention()
    {
        var mentions = Recognizer.Recognize("وفي سياق آخر وقعت روسيا وماليزيا على هامش أعمال قمة آسيان في كوالالمبور اتفاقية جديدة.");
        Assert.Contains(mentions, m => m.Text == "ماليزيا" && m.Type == "LOC");
        Assert.DoesNotContain(mentions, m => m.Text == "وماليزيا");
    }

    [Fact]
    public void Mentions_AreExactSpansOfTheText_InOrder()
    {
        var text = SampleText();
        var mentions = Recognizer.Recognize(text);
        Assert.NotEmpty(mentions);
        var previousEnd = 0;
        foreach (var m in mentions)
        {
            Assert.Equal(m.Text, text[m.Start..m.End]);
            Assert.True(m.Start >= previousEnd, $"'{m.Text}' overlaps the previous mention");
            Assert.Null(m.Canonical);
            Assert.Null(m.Latin);
            previousEnd = m.End;
        }
    }

    [Fact]
    public void Pipeline_FillsArticleEntities_WithOffsetsIntoItsText()
    {
        var pipeline = ArticlePipeline.CreateDefault();
        Assert.Contains(pipeline.Steps, s => s.Name == "entities");
        var article = pipeline.Process(new RawDocument { Content = SampleText() });
        Assert.NotEmpty(article.Entities);
        foreach (var m in article.Entities)
            Assert.Equal(m.Text, article.Text[m.Start..m.End]);
    }

    [Fact]
    public void EmptyText_HasNoEntities() => Assert.Empty(Recognizer.Recognize(""));

    [Fact]
    public void AnyText_NeverThrows_AndOffsetsHold()
    {
        var chars = Gen.OneOf(
            Gen.Char['\u0621', '\u064A'], Gen.Char['\u064B', '\u0652'], Gen.Const(' '), Gen.Const('.'), Gen.Const('\n'),
            Gen.Char['a', 'z'], Gen.Char['0', '9'], Gen.Const('\u0640'), Gen.Const('\uD800'), Gen.Const('«'), Gen.Const('و'));
        Gen.String[chars, 0, 300].Sample(text =>
        {
            foreach (var m in Recognizer.Recognize(text))
            {
                Assert.InRange(m.Start, 0, text.Length);
                Assert.InRange(m.End, m.Start + 1, text.Length);
                Assert.Equal(m.Text, text[m.Start..m.End]);
            }
        }, iter: 300);
    }
}
