using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>
/// Runs one of <see cref="NerFeatureExtractor"/>'s after-decoding rules on a sentence (words split on spaces) with
/// given BIO tags, as the tagger runs it right after Viterbi, and returns the tags it leaves.
/// </summary>
internal static class AfterDecoding
{
    private static readonly NerLexicon Lexicon = NerLexicon.LoadEmbedded();

    public static string[] Apply(string sentence, string[] tags, Action<NerFeatureExtractor, int[]> rule)
    {
        var words = sentence.Split(' ');
        Assert.Equal(words.Length, tags.Length);
        var extractor = new NerFeatureExtractor(Lexicon);
        extractor.Extract(words, new SentenceFeatures());
        var labels = Array.ConvertAll(tags, NerLabels.Parse);
        rule(extractor, labels);
        return Array.ConvertAll(labels, l => NerLabels.Names[l]);
    }
}
