using System.Globalization;
using Marsad.Analysis.Entities;
using Marsad.Testing;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>
/// The C# forward pass of the shipped BiLSTM-CRF networks (models/ner-lstm.bin) against PyTorch's: for the first 12
/// sentences of the ANERcorp dev split, tests/data/ner/lstm-dev-marginals.txt holds the networks' averaged label
/// log-probabilities as training/ner/bilstm_crf.py computed them (average_marginals.py over the two shipped runs'
/// dev-marginals.txt). The runtime stores the word vectors as int8 and the weights as float16, so the two agree
/// closely but not bit for bit.
/// </summary>
public sealed class NerNetworksTests
{
    private static NerNetworks Shipped()
    {
        using var stream = EmbeddedData.Open(NerTagger.NetworksResource);
        return NerNetworks.Read(stream);
    }

    [Fact]
    public void ForwardPass_MatchesPyTorchOnTheDevSplit()
    {
        var expected = ReadMarginals(Path.Combine(SharedData.RepositoryRoot, "tests", "data", "ner", "lstm-dev-marginals.txt"));
        var sentences = DevSentences(SharedData.Require("ner/anercorp-train.txt")).Take(expected.Count).ToList();
        var networks = Shipped();
        networks.Weight = 1f;
        var extractor = new NerFeatureExtractor(NerTagger.Default.Lexicon);
        var features = new SentenceFeatures();
        int tokens = 0, sameBest = 0;
        var worst = 0.0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            Assert.Equal(expected[s].Count, sentence.Length);
            extractor.Extract(sentence, features);
            var scores = new float[sentence.Length * NerLabels.Count];
            networks.AddTo(extractor, sentence, scores);
            for (var i = 0; i < sentence.Length; i++)
            {
                var ours = scores.AsSpan(i * NerLabels.Count, NerLabels.Count);
                var theirs = expected[s][i];
                for (var y = 0; y < NerLabels.Count; y++)
                    worst = Math.Max(worst, Math.Abs(Math.Exp(ours[y]) - Math.Exp(theirs[y])));
                tokens++;
                if (ArgMax(ours) == ArgMax(theirs))
                    sameBest++;
            }
        }
        Assert.True(tokens > 300, $"only {tokens} tokens compared");
        Assert.True(worst < 0.02, $"a label probability differs from PyTorch's by {worst:F4}");
        Assert.Equal(tokens, sameBest);
    }

    [Fact]
    public void Networks_ChangeTheTaggersDecisions()
    {
        // the same CRF with and without the networks must not tag the dev split identically (the networks are read)
        var sentences = DevSentences(SharedData.Require("ner/anercorp-train.txt")).Take(120).ToList();
        var tagger = NerTagger.Default;
        NerModel crf;
        using (var stream = EmbeddedData.Open("models/ner.bin"))
            crf = NerModel.Read(stream);
        var alone = new NerTagger(crf, tagger.Lexicon);
        var differing = sentences.Count(s => !tagger.Tag(s).SequenceEqual(alone.Tag(s)));
        Assert.InRange(differing, 1, sentences.Count - 1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4_000)]
    [InlineData(9_000_000)]
    public void Read_RejectsATruncatedFile(int length)
    {
        using var shipped = EmbeddedData.Open(NerTagger.NetworksResource);
        var bytes = new byte[length];
        shipped.ReadExactly(bytes);
        var error = Assert.Throws<InvalidDataException>(() => NerNetworks.Read(new MemoryStream(bytes)));
        Assert.Contains("NER network", error.Message);
    }

    [Fact]
    public void Read_RejectsAnotherFormat()
    {
        using var stream = EmbeddedData.Open("models/ner.bin");
        var error = Assert.Throws<InvalidDataException>(() => NerNetworks.Read(stream));
        Assert.Contains("not a Marsad NER network file", error.Message);
    }

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var k = 1; k < values.Length; k++)
        {
            if (values[k] > values[best])
                best = k;
        }
        return best;
    }

    private static List<List<float[]>> ReadMarginals(string path)
    {
        var sentences = new List<List<float[]>>();
        var current = new List<float[]>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                    sentences.Add(current);
                current = [];
                continue;
            }
            current.Add(line.Split(' ').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray());
        }
        return sentences;
    }

    /// <summary>The dev split's sentences (the last 10% of anercorp-train.txt), tokens only.</summary>
    private static IEnumerable<string[]> DevSentences(string path)
    {
        var sentences = File.ReadAllText(path).Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim('\n')).Where(s => s.Length > 0).ToList();
        var first = sentences.Count - (int)Math.Round(sentences.Count * 0.1, MidpointRounding.AwayFromZero);
        return sentences.Skip(first).Select(s => s.Split('\n').Select(l => l.Split(' ')[0]).ToArray());
    }
}
