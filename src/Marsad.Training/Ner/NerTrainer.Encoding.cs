using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

internal sealed partial class NerTrainer
{
    private sealed record EncodedCorpus(List<EncodedSentence> Sentences, List<ulong> Hashes);

    /// <summary>
    /// Each training sentence's index, in order, with the feature extractor of its fold: fold k's gazetteer of
    /// annotated names holds the names of the other folds only.
    /// </summary>
    internal static IEnumerable<(int Sentence, NerFeatureExtractor Extractor)> FoldExtractors(List<LabelledSentence> train,
        int folds, WordClusters clusters, Gazetteer fixedNames, TriggerWords triggers)
    {
        for (var fold = 0; fold < folds; fold++)
        {
            var from = fold * train.Count / folds;
            var to = (fold + 1) * train.Count / folds;
            var others = train.Take(from).Concat(train.Skip(to));
            var gazetteer = AnnotatedNames.With(fixedNames, AnnotatedNames.Collect(others, clusters));
            var extractor = new NerFeatureExtractor(new NerLexicon(clusters, gazetteer, triggers));
            for (var s = from; s < to; s++)
                yield return (s, extractor);
        }
    }

    /// <summary>
    /// Extracts every training sentence's features (fold k sees annotated names from the other folds only) and
    /// numbers the feature hashes seen at least <paramref name="minCount"/> times, in order of first appearance.
    /// </summary>
    private static EncodedCorpus Encode(List<LabelledSentence> train, int folds, WordClusters clusters, Gazetteer fixedNames,
        TriggerWords triggers, int minCount, Action<string> log)
    {
        var raw = new List<ulong[][]>(train.Count);
        var features = new SentenceFeatures();
        foreach (var (s, extractor) in FoldExtractors(train, folds, clusters, fixedNames, triggers))
        {
            extractor.Extract(train[s].Tokens, features);
            var tokens = new ulong[features.Length][];
            for (var i = 0; i < features.Length; i++)
                tokens[i] = features.Of(i).ToArray();
            raw.Add(tokens);
        }
        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in raw)
        {
            foreach (var token in sentence)
            {
                foreach (var h in token)
                    counts[h] = counts.GetValueOrDefault(h) + 1;
            }
        }
        var index = new Dictionary<ulong, int>();
        var hashes = new List<ulong>();
        var encoded = new List<EncodedSentence>(train.Count);
        var buffer = new List<int>();
        for (var s = 0; s < raw.Count; s++)
        {
            buffer.Clear();
            var offsets = new int[raw[s].Length + 1];
            for (var i = 0; i < raw[s].Length; i++)
            {
                foreach (var h in raw[s][i])
                {
                    if (counts[h] < minCount)
                        continue;
                    if (!index.TryGetValue(h, out var id))
                    {
                        id = hashes.Count;
                        index[h] = id;
                        hashes.Add(h);
                    }
                    buffer.Add(id);
                }
                offsets[i + 1] = buffer.Count;
            }
            encoded.Add(new EncodedSentence([.. buffer], offsets, train[s].Labels));
        }
        log($"encoded {encoded.Count} sentences: {counts.Count} distinct features, {hashes.Count} seen >= {minCount} times");
        return new EncodedCorpus(encoded, hashes);
    }
}
