using Marsad.Analysis.Quotes;
using Xunit;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>The cue lexicon: forms through clitics, gender from the form, flags from the data file.</summary>
public sealed class QuoteLexiconTests
{
    private static readonly QuoteLexicon Lexicon = QuoteLexicon.Default;

    private static CueWord Cue(string word, out int prefix)
    {
        Assert.True(Lexicon.TryCue(QuoteLexicon.Fold(word), out var cue, out prefix), word + " is not a cue");
        return cue;
    }

    [Theory]
    [InlineData("وأضاف", "أضاف", 1)]
    [InlineData("ووصف", "وصف", 1)]
    [InlineData("بقوله", "قال", 1)]
    [InlineData("بالقول", "قال", 1)]
    [InlineData("مشيراً", "أشار", 0)]
    [InlineData("فأكد", "أكد", 1)]
    public void Forms_ThroughTheirClitics(string word, string lemma, int prefix)
    {
        Assert.Equal(lemma, Cue(word, out var p).Entry.Lemma);
        Assert.Equal(prefix, p);
    }

    [Theory]
    [InlineData("قالت", "Feminine")]
    [InlineData("تقول", "Feminine")]
    [InlineData("دعت", "Feminine")]
    [InlineData("تابع", "Masculine")]
    [InlineData("لفت", "Masculine")]
    [InlineData("قالوا", "Plural")]
    [InlineData("مضيفة", "Feminine")]
    public void Gender_FromTheForm(string word, string gender) => Assert.Equal(gender, Cue(word, out _).Gender.ToString());

    [Fact]
    public void EverydayWords_AreStrict() => Assert.True(Cue("زاد", out _).Entry.Has(CueFlags.Strict));

    [Fact]
    public void FirstPersonAndImpersonal_AreNotCues()
    {
        Assert.False(Lexicon.TryCue(QuoteLexicon.Fold("قلت"), out _, out _));
        Assert.False(Lexicon.TryCue(QuoteLexicon.Fold("يذكر"), out _, out _));
    }

    [Theory]
    [InlineData("ممثلي", true)]
    [InlineData("مسؤولو", true)]
    [InlineData("العريف", true)]
    [InlineData("العريفي", false)]
    public void ConstructPlural_OfATitle_NeverWithTheArticle(string word, bool title)
    {
        Assert.Equal(title, Lexicon.IsTitle(QuoteLexicon.Fold(word)));
    }
}
