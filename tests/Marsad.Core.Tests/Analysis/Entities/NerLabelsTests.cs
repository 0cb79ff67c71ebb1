using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

public sealed class NerLabelsTests
{
    [Theory]
    [InlineData("B-PERS", "B-PER")]
    [InlineData("I-PERS", "I-PER")]
    [InlineData("B-LOC", "B-LOC")]
    [InlineData("I-ORG", "I-ORG")]
    [InlineData("B-MISC", "B-MISC")]
    [InlineData("O", "O")]
    [InlineData("B-DATE", "O")]
    [InlineData("", "O")]
    public void Parse_MapsAnercorpTagsToOurs(string tag, string expected) =>
        Assert.Equal(expected, NerLabels.Names[NerLabels.Parse(tag)]);

    [Fact]
    public void Inside_FollowsOnlyItsOwnType()
    {
        Assert.True(NerLabels.CanFollow(NerLabels.Parse("B-LOC"), NerLabels.Parse("I-LOC")));
        Assert.True(NerLabels.CanFollow(NerLabels.Parse("I-LOC"), NerLabels.Parse("I-LOC")));
        Assert.False(NerLabels.CanFollow(NerLabels.Parse("B-PER"), NerLabels.Parse("I-LOC")));
        Assert.False(NerLabels.CanFollow(NerLabels.Outside, NerLabels.Parse("I-ORG")));
        Assert.False(NerLabels.CanFollow(-1, NerLabels.Parse("I-ORG")));
        Assert.True(NerLabels.CanFollow(-1, NerLabels.Parse("B-ORG")));
    }
}
