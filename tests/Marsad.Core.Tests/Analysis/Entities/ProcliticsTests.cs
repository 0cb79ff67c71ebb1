using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>The frequency-guarded proclitic split, with the shipped clusters' frequencies.</summary>
public sealed class ProcliticsTests
{
    private static readonly WordClusters Clusters = NerTagger.Default.Lexicon.Clusters;

    private static (int Length, string Remainder) Split(string word)
    {
        var length = Proclitics.Split(NerText.Normalize(word), Clusters, out var remainder);
        return (length, remainder);
    }

    [Theory]
    [InlineData("وروسيا", 1, "روسيا")]
    [InlineData("وماليزيا", 1, "ماليزيا")]
    [InlineData("والصين", 1, "الصين")]
    [InlineData("بلبنان", 1, "لبنان")]
    public void Conjunction_OrPreposition_IsSplitOff(string word, int length, string remainder)
    {
        var (l, r) = Split(word);
        Assert.Equal(length, l);
        Assert.Equal(NerText.Normalize(remainder), r);
    }

    [Theory]
    [InlineData("بوتين")]
    [InlineData("لبنان")]
    [InlineData("فرنسا")]
    [InlineData("بريطانيا")]
    [InlineData("كوالالمبور")]
    [InlineData("بان")]
    public void NameStartingWithAProcliticLetter_StaysWhole(string word) => Assert.Equal(0, Split(word).Length);

    [Fact]
    public void LamBeforeTheArticle_RestoresTheArticlesAlef()
    {
        var (length, remainder) = Split("للأمم");
        Assert.Equal(1, length);
        Assert.Equal("الامم", remainder);
    }

    [Fact]
    public void WithoutArticle_DropsAlOnlyBeforeAWord()
    {
        Assert.Equal("صين", Proclitics.WithoutArticle("الصين"));
        Assert.Equal("الي", Proclitics.WithoutArticle("الي"));
    }
}
