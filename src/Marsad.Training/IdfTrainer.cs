using Marsad.Analysis.Keywords;
using Marsad.Text;
using Marsad.Training.Corpora;

namespace Marsad.Training;

/// <summary>Counts search-term document frequencies over ANT (v1.1 + v2.1, copies merged) for keywords and stories.</summary>
internal sealed class IdfTrainer : ITrainer
{
    public string Description => "document frequencies of search terms over ANT → src/Marsad.Core/Resources/keywords/document-frequencies.tsv.gz";

    public int Run(string[] args)
    {
        var output = args.Length > 0 ? args[0] : Path.Combine("src", "Marsad.Core", "Resources", DocumentFrequencies.ResourcePath);
        var groups = DedupedCorpus.Load(Console.Error.WriteLine);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            foreach (var term in SearchTermAnalyzer.Default.GetTerms(g.Document.Title + "\n" + g.Document.Text).Distinct(StringComparer.Ordinal))
                counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        var table = new DocumentFrequencies(groups.Count, counts);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
            table.Save(stream, minCount: 2);
        Console.Error.WriteLine($"{groups.Count} documents, {counts.Count} terms ({counts.Count(p => p.Value >= 2)} kept) → {output}");
        return 0;
    }
}
