using Marsad.Analysis.Entities;
using Marsad.Testing;
using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>
/// The streaming tagger (what <c>marsad ner</c> runs) keeps names consistent over the same neighbouring sentences
/// as a tagger that holds the whole text: bounded memory must not change a single tag.
/// </summary>
public sealed class NerStreamTests
{
    /// <summary>The first 80 sentences of the JawharaFM sample's article bodies (real Tunisian news), in order.</summary>
    private static List<IReadOnlyList<string>> SampleSentences()
    {
        using var gzip = new System.IO.Compression.GZipStream(
            File.OpenRead(Path.Combine(SharedData.RepositoryRoot, "samples", "jawharafm-sample.trec.gz")),
            System.IO.Compression.CompressionMode.Decompress);
        var trec = new StreamReader(gzip).ReadToEnd();
        var sentences = new List<IReadOnlyList<string>>();
        for (var at = trec.IndexOf("<TEXT>", StringComparison.Ordinal); at >= 0 && sentences.Count < 80;
             at = trec.IndexOf("<TEXT>", at + 1, StringComparison.Ordinal))
        {
            var start = at + "<TEXT>".Length;
            var text = trec[start..trec.IndexOf("</TEXT>", start, StringComparison.Ordinal)];
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var tokens = new List<string>();
                foreach (var t in ArabicTokenizer.Enumerate(text.AsSpan(sentence.Start, sentence.Length)))
                    tokens.Add(text.Substring(sentence.Start + t.Start, t.Length));
                if (tokens.Count > 0)
                    sentences.Add(tokens);
            }
        }
        return sentences;
    }

    [Fact]
    public void Stream_TagsEverySentenceAsTheWholeTextWould()
    {
        var tagger = NerTagger.Default;
        var sentences = SampleSentences();
        // longer than both windows on each side, so the stream has to drop sentences as it goes
        Assert.True(sentences.Count > 4 * NameConsistency.Window, $"only {sentences.Count} sentences");
        var raw = sentences.Select(tagger.TagLabels).ToList();
        var expected = Enumerable.Range(0, sentences.Count)
            .Select(s => NameConsistency.Apply(sentences, raw, s, Math.Max(0, s - NameConsistency.Window), Math.Min(sentences.Count, s + NameConsistency.Window + 1)))
            .Select(labels => labels.Select(l => NerLabels.Names[l]).ToArray())
            .ToList();

        var stream = new NerStream(tagger);
        var streamed = sentences.SelectMany(stream.Add).ToList();
        streamed.AddRange(stream.Complete());

        Assert.Equal(sentences.Count, streamed.Count);
        for (var s = 0; s < sentences.Count; s++)
            Assert.Equal(expected[s], streamed[s]);
        Assert.Contains(streamed, tags => tags.Contains("B-PER"));
    }
}
