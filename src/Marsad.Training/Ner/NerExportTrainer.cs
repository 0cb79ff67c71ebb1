using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Analysis.Entities;
using static Marsad.Training.Ner.NerClustersTrainer;

namespace Marsad.Training.Ner;

/// <summary>
/// Writes what the neural tagger's trainer (training/ner/bilstm_crf.py) reads per token and cannot learn from
/// ANERcorp's 113k tokens: the forms the CRF's features read (normalized word, without proclitic, without article,
/// the proclitic), the trigger category and the gazetteer's begin and inside bits per source and type. The training
/// sentences are read with the gazetteer of annotated names built by folds, exactly as the CRF trainer reads them;
/// the dev split with the names annotated in the training sentences, as the runtime reads it. One file per split
/// (<c>train.tsv</c>, <c>dev.tsv</c>): per token "token, gold tag, word, remainder, bare, proclitic, trigger,
/// begins, insides" tab-separated, a blank line between sentences. With <c>--fold i/k</c> the "dev split" is the
/// i-th of k contiguous blocks and the training sentences are all the others (one cross-validation fold).
/// </summary>
internal sealed class NerExportTrainer : ITrainer
{
    public string Description => "NER: the CRF's per-token inputs for the neural tagger's trainer (train folds and dev split)";

    public int Run(string[] args)
    {
        var resources = StringOption(args, "--resources", Path.Combine("src", "Marsad.Core", "Resources"));
        var output = StringOption(args, "--out", Path.Combine("artifacts", "ner", "export"));
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

        var sentences = ConllCorpus.Read(SharedDataPath.Resolve("ner/anercorp-train.txt"));
        // --train-on-all: every sentence read fold by fold (for refitting the recipe on all of the file)
        var trainOnAll = args.Contains("--train-on-all");
        // --fold i/k: train.tsv is every sentence outside the i-th of k contiguous blocks, dev.tsv that block
        var fold = StringOption(args, "--fold", "");
        if (NerDevSplit.HeldOut(fold, sentences.Count, 0.1, out var foldError) is not { } block || (trainOnAll && fold.Length > 0))
        {
            Console.Error.WriteLine("ner-export " + (foldError.Length > 0 ? foldError : "--fold: not with --train-on-all"));
            return 2;
        }
        var (devStart, devEnd) = block;
        var train = trainOnAll ? sentences : NerDevSplit.Outside(sentences, devStart, devEnd);
        var dev = sentences.GetRange(devStart, devEnd - devStart);
        var fixedNames = NerTrainer.ReadLexicon(resources, withNewsNames: true, withAnnotatedNames: false);

        Directory.CreateDirectory(output);
        var features = new SentenceFeatures();
        using (var writer = Create(Path.Combine(output, "train.tsv")))
        {
            foreach (var (s, extractor) in NerTrainer.FoldExtractors(train, 10, fixedNames.Clusters, fixedNames.Gazetteer, fixedNames.Triggers))
                Write(writer, extractor, features, train[s]);
        }
        Log($"wrote {train.Count} training sentences (annotated names by folds)");

        var runtime = AnnotatedNames.With(fixedNames.Gazetteer, AnnotatedNames.Collect(train, fixedNames.Clusters));
        var devExtractor = new NerFeatureExtractor(new NerLexicon(fixedNames.Clusters, runtime, fixedNames.Triggers));
        using (var writer = Create(Path.Combine(output, "dev.tsv")))
        {
            foreach (var sentence in dev)
                Write(writer, devExtractor, features, sentence);
        }
        Log($"wrote {dev.Count} dev sentences (from sentence {devStart}{(fold.Length > 0 ? $" to {devEnd - 1}, fold {fold}" : "")}) to {output}");
        return 0;
    }

    private static StreamWriter Create(string path) => new(path, false, new UTF8Encoding(false)) { NewLine = "\n" };

    private static void Write(StreamWriter writer, NerFeatureExtractor extractor, SentenceFeatures features, LabelledSentence sentence)
    {
        extractor.Extract(sentence.Tokens, features);
        for (var i = 0; i < sentence.Tokens.Length; i++)
        {
            var t = extractor.TokenAt(i);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sentence.Tokens[i]}\t{NerLabels.Names[sentence.Labels[i]]}\t{t.Word}\t{t.Remainder}\t{t.Bare}\t{(t.Proclitic.Length == 0 ? "-" : t.Proclitic)}\t{t.Trigger}\t{t.GazetteerBegins}\t{t.GazetteerInsides}"));
        }
        writer.WriteLine();
    }
}
