using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>
/// Runs one of <see cref="NerFeatureExtractor"/>'s after-decoding rules on a sentence (words split on spaces) with
/// given BIO tags, as the tagger runs it right after Viterbi, and returns the tags it leaves.
/// </summary>
internal static class AfterDecoding
{
    /// <summary>The shipped lexicon, loaded once for every test that needs it.</summary>
    public static readonly NerLexicon Lexicon = NerLexicon.LoadEmbedded();

    public static string[] Apply(string sentence, string[] tags, Action<NerFeatureExtractor, int[]> rule) =>
        Apply(sentence, tags, (extractor, _, labels) => rule(extractor, labels));

    /// <summary>The same, for a rule that reads the tokens as well (punctuation, quotation marks).</summary>
    public static string[] Apply(string sentence, string[] tags, Action<NerFeatureExtractor, IReadOnlyList<string>, int[]> rule)
    {
        var words = sentence.Split(' ');
        Assert.Equal(words.Length, tags.Length);
        var extractor = new NerFeatureExtractor(Lexicon);
        extractor.Extract(words, new SentenceFeatures());
        var labels = Array.ConvertAll(tags, NerLabels.Parse);
        rule(extractor, words, labels);
        return Array.ConvertAll(labels, l => NerLabels.Names[l]);
    }
}
