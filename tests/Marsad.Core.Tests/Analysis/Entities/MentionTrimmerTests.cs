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

    [Theory]
    [InlineData("ومودريتيش", true, 1)]    // too rare for the split, but و + a consonant: the conjunction (لوفرين ومودريتيش)
    [InlineData("وخوانفران", true, 1)]
    [InlineData("ومودريتيش", false, 0)]   // only in a person's name: a place such as ورزازات keeps its و
    [InlineData("وودوارد", true, 0)]      // و + a vowel letter: Woodward
    [InlineData("وقاص", true, 0)]         // four letters: an Arabic name as likely as و + a name
    public void RareWordsStartingWithWaw_InAPersonsName(string token, bool person, int expected) =>
        Assert.Equal(expected, MentionTrimmer.ProcliticLength(token, Clusters, person));
}
