using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

/// <summary>
/// The names annotated in ANERcorp training sentences, as gazetteer entries (normalized, the first token's
/// proclitic removed: وروسيا → روسيا). A one-token name is kept only when the word is annotated as a name at
/// least as often as not, so common words that were once part of a name (فتح) do not become "known names".
/// Each token of a person's name is also listed as a name part.
/// </summary>
internal static class AnnotatedNames
{
    public static SortedSet<(string Type, string Phrase)> Collect(IEnumerable<LabelledSentence> sentences, WordClusters clusters)
    {
        var entities = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var outside = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var words = sentence.Tokens.Select(NerText.Normalize).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                if (sentence.Labels[i] == NerLabels.Outside)
                    outside[words[i]] = outside.GetValueOrDefault(words[i]) + 1;
            }
            foreach (var (start, length, type) in ConllCorpus.Entities(sentence.Labels))
            {
                var tokens = words.AsSpan(start, length).ToArray();
                Proclitics.Split(tokens[0], clusters, out var first);
                tokens[0] = first;
                var phrase = string.Join(' ', tokens);
                var typeName = NerLabels.Types[type];
                if (!entities.TryGetValue(phrase, out var byType))
                    entities[phrase] = byType = new Dictionary<string, int>(StringComparer.Ordinal);
                byType[typeName] = byType.GetValueOrDefault(typeName) + 1;
                if (type == 0 && length > 1)
                {
                    foreach (var t in tokens)
                        parts.Add(t);
                }
            }
        }
        var result = new SortedSet<(string, string)>();
        foreach (var (phrase, byType) in entities)
        {
            var total = byType.Values.Sum();
            if (!phrase.Contains(' ', StringComparison.Ordinal) && outside.GetValueOrDefault(phrase) > total)
                continue;
            var best = byType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            result.Add((best, phrase));
        }
        foreach (var part in parts)
        {
            if (part.Length >= 2 && outside.GetValueOrDefault(part) <= 2)
                result.Add(("PERPART", part));
        }
        return result;
    }

    private static void AddTo(Gazetteer gazetteer, IEnumerable<(string Type, string Phrase)> entries, int source)
    {
        foreach (var (type, phrase) in entries)
            gazetteer.Add(phrase.Split(' '), source, Gazetteer.SlotOf(type));
    }

    /// <summary>A new gazetteer: <paramref name="fixedNames"/> plus the annotated names <paramref name="annotated"/> (as the runtime reads them).</summary>
    public static Gazetteer With(Gazetteer fixedNames, IEnumerable<(string Type, string Phrase)> annotated)
    {
        var gazetteer = new Gazetteer();
        gazetteer.AddAll(fixedNames);
        AddTo(gazetteer, annotated, NerLexicon.AnnotatedSource);
        return gazetteer;
    }
}
