using BenchmarkDotNet.Attributes;
using Marsad.Analysis.Entities;

namespace Marsad.Benchmarks;

/// <summary>
/// NER speed (issue 5: ≥ 50,000 tokens/s on one core, model load &lt; 1 s). <c>TagDevSplit</c> tags the held-out
/// dev split of ANERcorp (the last 10% of anercorp-train.txt, 396 sentences); tokens/s = its token count (printed
/// at setup) / the mean time. <c>LoadModel</c> reads the embedded model and lexicons from scratch.
/// Run: <c>dotnet run -c Release --project benchmarks/Marsad.Benchmarks -- --filter '*NerBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private List<string[]> _sentences = [];
    private List<string[]> _training = [];
    private NerTagger _tagger = null!;
    private EntityRecognizer _recognizer = null!;
    private string _sample = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var corpus = Path.Combine(root, "..", "shared", "data", "ner", "anercorp-train.txt");
        var sentences = File.ReadAllText(corpus).Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim('\n')).Where(s => s.Length > 0).ToList();
        var first = sentences.Count - (int)Math.Round(sentences.Count * 0.1, MidpointRounding.AwayFromZero);
        _sentences = sentences.Skip(first).Select(Tokens).ToList();
        _training = sentences.Take(first).Select(Tokens).ToList();
        _tagger = NerTagger.Default;
        _recognizer = new EntityRecognizer();
        _sample = File.ReadAllText(Path.Combine(root, "samples", "sana-2015-medvedev-asean.txt"));
        Console.WriteLine($"// NER dev split: {_sentences.Count} sentences, {_sentences.Sum(s => s.Length)} tokens");
    }

    private static string[] Tokens(string sentence) => sentence.Split('\n').Select(l => l.Split(' ')[0]).ToArray();

    /// <summary>The first <paramref name="count"/> sentences of the training part (text the dev split is not).</summary>
    internal IEnumerable<string[]> TrainingSentences(int count) => _training.Take(count);

    [Benchmark]
    public int TagDevSplit()
    {
        var entities = 0;
        foreach (var sentence in _sentences)
        {
            foreach (var tag in _tagger.Tag(sentence))
            {
                if (tag[0] == 'B')
                    entities++;
            }
        }
        return entities;
    }

    [Benchmark]
    public int RecognizeSanaSample() => _recognizer.Recognize(_sample).Count;

    [Benchmark]
    public int LoadModel()
    {
        using var stream = EmbeddedData.Open("models/ner.bin");
        var model = NerModel.Read(stream);
        var lexicon = NerLexicon.LoadEmbedded();
        return model.FeatureCount + lexicon.Clusters.Count;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
