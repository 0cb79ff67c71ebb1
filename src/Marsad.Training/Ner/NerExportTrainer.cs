using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Analysis.Entities;
using Marsad.Text;
using static Marsad.Training.Ner.NerClustersTrainer;

namespace Marsad.Training.Ner;

/// <summary>
/// Writes what the neural tagger's trainer (training/ner/bilstm_crf.py) reads per token and cannot learn from
/// ANERcorp's 113k tokens: the forms the CRF's features read (normalized word, without proclitic, without article,
/// the proclitic), the trigger category and the gazetteer's begin and inside bits per source and type. The training
/// sentences are read with the gazetteer of annotated names built by folds, exactly as the CRF trainer reads them;
/// the dev split with the names annotated in the training sentences, as the runtime reads it. One file per split
/// (<c>train.tsv</c>, <c>dev.tsv</c>): per token "token, gold tag, word, remainder, bare, proclitic, trigger,
/// begins, insides" tab-separated, a blank line between sentences.
/// <para>
/// <c>--silver N</c> also writes <c>silver.tsv</c>: N sentences of ANT v2.1 news (Apache-2.0) tagged by a teacher,
/// the CRF of <c>--resources</c> with the networks of <c>--teacher-networks</c> as the runtime combines them, for
/// self-training the networks. Articles are drawn in a fixed pseudo-random order; the articles of the NER news
/// evaluations (tests/data/ner) are never drawn. For a dev-split experiment the teacher must be the dev-split CRF and
/// networks, so that nothing the student learns comes from the dev sentences.
/// </para>
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
        var devStart = NerDevSplit.FirstDevSentence(sentences.Count, 0.1);
        var train = sentences.Take(trainOnAll ? sentences.Count : devStart).ToList();
        var dev = sentences.Skip(devStart).ToList();
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
        Log($"wrote {dev.Count} dev sentences (from sentence {devStart}) to {output}");

        var silver = IntOption(args, "--silver", 0);
        if (silver > 0)
            return WriteSilver(args, resources, output, silver, features, Log);
        return 0;
    }

    private static int WriteSilver(string[] args, string resources, string output, int count, SentenceFeatures features, Action<string> log)
    {
        var crfPath = Path.Combine(resources, "models", "ner.bin");
        var networksPath = StringOption(args, "--teacher-networks", Path.Combine(resources, "models", "ner-lstm.bin"));
        NerModel crf;
        NerNetworks networks;
        try
        {
            using (var file = File.OpenRead(crfPath))
                crf = NerModel.Read(file);
            using (var file = File.OpenRead(networksPath))
                networks = NerNetworks.Read(file);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ner-export: the teacher ({crfPath}, {networksPath}): {e.Message}");
            return 2;
        }
        var lexicon = NerTrainer.ReadLexicon(resources, withNewsNames: true);
        var teacher = new NerTagger(crf, lexicon, networks);
        var extractor = new NerFeatureExtractor(lexicon);
        var heldOut = EvaluationArticles();

        var articles = NewsCorpus.Ant21Articles(SharedDataPath.Resolve("corpus/ant-v2.1-train.jsonl.gz"))
            .Where(a => !heldOut.Contains(a.Id)).ToList();
        var order = Enumerable.Range(0, articles.Count).ToArray();
        new Random(IntOption(args, "--silver-seed", 20261207)).Shuffle(order);
        var written = 0;
        var drawn = 0;
        var words = new List<string>();
        using var writer = Create(Path.Combine(output, "silver.tsv"));
        foreach (var index in order)
        {
            if (written >= count)
                break;
            drawn++;
            var text = articles[index].Text;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                words.Clear();
                foreach (var token in ArabicTokenizer.Enumerate(text.AsSpan(sentence.Start, sentence.Length)))
                    words.Add(text.Substring(sentence.Start + token.Start, token.Length));
                // ANERcorp-like sentences: a few words at least, no runaway lists
                if (words.Count < 5 || words.Count > 80 || written >= count)
                    continue;
                var labels = teacher.TagLabels(words);
                Write(writer, extractor, features, new LabelledSentence([.. words], labels));
                written++;
            }
        }
        log($"wrote {written} silver sentences from {drawn} ANT v2.1 articles (teacher: {crfPath} + {networksPath}; {heldOut.Count} evaluation articles never drawn)");
        return 0;
    }

    /// <summary>The ids of the ANT articles that the NER news evaluations read (tests/data/ner): never silver.</summary>
    private static HashSet<string> EvaluationArticles()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var folder = Path.Combine("tests", "data", "ner");
        foreach (var path in Directory.GetFiles(folder, "*.jsonl"))
        {
            foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
            {
                using var doc = System.Text.Json.JsonDocument.Parse(line);
                ids.Add(doc.RootElement.GetProperty("id").GetString()!);
            }
        }
        // the eighty articles of the judged comparisons (news-*-judgements.tsv)
        foreach (var line in File.ReadLines(Path.Combine(folder, "news-articles.txt")).Where(l => l.Length > 0 && l[0] != '#'))
            ids.Add(line.Trim());
        return ids;
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
