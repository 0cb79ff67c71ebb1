using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Marsad.Training.Ner;

/// <summary>
/// Learns the word clusters the NER tagger uses (src/Marsad.Core/Resources/clusters/ant-w2v.tsv): skip-gram
/// vectors over the ANT news corpora (v2.1 and v1.1 JawharaFM, Apache-2.0), then spherical k-means at three
/// granularities. Deterministic (fixed seed, single-threaded vector training).
/// </summary>
internal sealed class NerClustersTrainer : ITrainer
{
    public string Description => "word clusters for NER from the ANT corpora (word2vec + k-means)";

    public int Run(string[] args)
    {
        var minCount = IntOption(args, "--min-count", 5);
        var maxWords = IntOption(args, "--max-words", 150_000);
        var epochs = IntOption(args, "--epochs", 3);
        var output = StringOption(args, "--out", Path.Combine("src", "Marsad.Core", "Resources", "clusters", "ant-w2v.tsv"));
        int[] levels = [64, 256, 1024];
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

        var texts = NewsCorpus.Texts(
            SharedDataPath.Resolve("corpus/ant-v2.1-train.jsonl.gz"),
            SharedDataPath.Resolve("corpus/ant-v1.1-jawharafm")).ToList();
        Log($"{texts.Count} texts, {texts.Sum(t => (long)t.Length)} tokens");

        var frequency = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var w in text)
                frequency[w] = frequency.GetValueOrDefault(w) + 1;
        }
        var vocabulary = frequency.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(maxWords).Select(p => p.Key).ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
            ids[vocabulary[i]] = i;
        var counts = vocabulary.Select(w => frequency[w]).ToArray();
        var corpus = texts.Select(t => t.Select(w => ids.GetValueOrDefault(w, -1)).ToArray()).ToList();
        texts.Clear();
        Log($"vocabulary {vocabulary.Length} words (count >= {minCount})");

        const int Dimensions = 100;
        var vectors = new Word2Vec(Dimensions, window: 5, negatives: 5, sample: 1e-4, seed: 20150101).Train(corpus, counts, epochs, Log);
        KMeans.NormalizeRows(vectors, vocabulary.Length, Dimensions);
        if (StringOption(args, "--vectors-out", "") is { Length: > 0 } vectorsPath)
            WriteVectors(vectorsPath, vocabulary, vectors, Dimensions, Log);
        var clusters = levels.Select(k => KMeans.Cluster(vectors, vocabulary.Length, Dimensions, k, iterations: 15, Log)).ToArray();

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# word<TAB>corpus frequency<TAB>cluster of 64<TAB>of 256<TAB>of 1024");
        writer.WriteLine("# skip-gram vectors + spherical k-means over the ANT corpus v2.1 and v1.1 (Apache-2.0; Chouigui et al. 2017)");
        writer.WriteLine("# rebuild: dotnet run -c Release --project src/Marsad.Training -- ner-clusters");
        for (var w = 0; w < vocabulary.Length; w++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{vocabulary[w]}\t{counts[w]}\t{clusters[0][w]}\t{clusters[1][w]}\t{clusters[2][w]}"));
        }
        Log($"wrote {output}");
        return 0;
    }

    /// <summary>
    /// The unit-length vectors behind the clusters, for the neural tagger's trainer (training/ner/bilstm_crf.py):
    /// word2vec's text format, a "count dimensions" line then one word and its vector per line, in the clusters
    /// file's order.
    /// </summary>
    private static void WriteVectors(string path, string[] vocabulary, float[] vectors, int dimensions, Action<string> log)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vocabulary.Length} {dimensions}"));
        var line = new StringBuilder();
        for (var w = 0; w < vocabulary.Length; w++)
        {
            line.Clear().Append(vocabulary[w]);
            foreach (var x in vectors.AsSpan(w * dimensions, dimensions))
                line.Append(' ').Append(x.ToString("G6", CultureInfo.InvariantCulture));
            writer.WriteLine(line);
        }
        log($"wrote {path}");
    }

    internal static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    internal static string StringOption(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
