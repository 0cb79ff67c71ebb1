using System.Globalization;
using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

/// <summary>
/// Counts, per fine word cluster, the annotated tokens and how many of them are inside a name of each type (the
/// token's cluster found as the tagger finds it), for <see cref="ClusterTypes"/>. Built by folds in training, as
/// the gazetteer of annotated names is, so the model learns how far the prior holds on text it was not counted on.
/// </summary>
internal sealed class AnnotatedClusterTypes
{
    private readonly SortedDictionary<int, int[]> _counts = [];

    public static AnnotatedClusterTypes Collect(IEnumerable<LabelledSentence> sentences, WordClusters clusters)
    {
        var result = new AnnotatedClusterTypes();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var word = NerText.Normalize(sentence.Tokens[i]);
                Proclitics.Split(word, clusters, out var remainder);
                clusters.Lookup(word, remainder, Proclitics.WithoutArticle(remainder), out var entry);
                if (entry.Fine < 0)
                    continue;
                if (!result._counts.TryGetValue(entry.Fine, out var counts))
                    result._counts[entry.Fine] = counts = new int[1 + NerLabels.Types.Length];
                counts[0]++;
                if (sentence.Labels[i] != NerLabels.Outside)
                    counts[1 + NerLabels.TypeOf(sentence.Labels[i])]++;
            }
        }
        return result;
    }

    /// <summary>The prior the tagger reads.</summary>
    public ClusterTypes Types()
    {
        var types = new ClusterTypes();
        foreach (var (cluster, counts) in _counts)
            types.Add(cluster, counts[0], counts.AsSpan(1));
        return types;
    }

    /// <summary>Writes the counts as the resource <see cref="NerLexicon.ClusterTypesResource"/>.</summary>
    public void Write(string path, string origin)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# " + origin);
        writer.WriteLine("# fine cluster<TAB>tokens<TAB>of them in a PER<TAB>LOC<TAB>ORG<TAB>MISC name; rebuilt by: dotnet run -c Release --project src/Marsad.Training -- ner");
        foreach (var (cluster, counts) in _counts)
            writer.WriteLine(string.Join('\t', counts.Prepend(cluster).Select(c => c.ToString(CultureInfo.InvariantCulture))));
    }
}
