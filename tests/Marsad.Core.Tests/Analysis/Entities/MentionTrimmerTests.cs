using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

public sealed class MentionTrimmerTests
{
    private static readonly WordClusters Clusters = NerTagger.Default.Lexicon.Clusters;

    [Theory]
    [InlineData("وروسيا", 1)]
    [InlineData("وَروسيا", 2)]     // the fatha goes with the و
    [InlineData("وـروسيا", 2)]     // so does a tatweel
    [InlineData("روسيا", 0)]
    [InlineData("بوتين", 0)]
    [InlineData("للأمم", 0)]       // الأمم is not written in للأمم: nothing to cut
    [InlineData("والولايات", 1)]
    [InlineData("كاين", 0)]        // Kane, not ك + اين ("where")
    [InlineData("كريان", 0)]       // Cryan, not ك + ريان
    public void ProcliticLength_CountsOriginalCharacters(string token, int expected) =>
        Assert.Equal(expected, MentionTrimmer.ProcliticLength(token, Clusters));
}
