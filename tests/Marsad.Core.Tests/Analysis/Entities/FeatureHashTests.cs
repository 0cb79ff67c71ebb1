using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

public sealed class FeatureHashTests
{
    [Fact]
    public void Templates_SeparateEqualValues() =>
        Assert.NotEqual(FeatureHash.Of(FeatureTemplate.Word, "روسيا"), FeatureHash.Of(FeatureTemplate.PreviousWord, "روسيا"));

    [Fact]
    public void Conjunction_IsNotConcatenation() =>
        Assert.NotEqual(FeatureHash.Of(FeatureTemplate.PreviousAndWord, "ab", "c"), FeatureHash.Of(FeatureTemplate.PreviousAndWord, "a", "bc"));

    [Fact]
    public void SameInput_SameHash() =>
        Assert.Equal(FeatureHash.Of(FeatureTemplate.Bare, "ماليزيا"), FeatureHash.Of(FeatureTemplate.Bare, "ماليزيا".AsSpan()));

    [Fact]
    public void WordShape_DescribesScriptsAndDigits()
    {
        Assert.Equal("a", WordShape.Of("ميدفيديف"));
        Assert.Equal("a", WordShape.Of("مُحَمَّد"));
        Assert.Equal("A0", WordShape.Of("MBC4"));
        Assert.Equal("0", WordShape.Of("2015"));
        Assert.Equal("A.A.", WordShape.Of("U.S."));
        Assert.Equal("Ax", WordShape.Of("Sputnik"));
    }
}
