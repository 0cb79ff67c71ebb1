using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis.Entities;
using static Marsad.Training.Ner.NerClustersTrainer;

namespace Marsad.Training.Ner;

/// <summary>
/// Trains the NER tagger (src/Marsad.Core/Resources/models/ner.bin): a linear-chain CRF with L2 prior, fitted by
/// L-BFGS on ANERcorp's training file minus the held-out dev split (the last 10% of its sentences, contiguous, so
/// dev articles are unseen as in a real test). Also writes the gazetteers the features read (geo names; names
/// annotated in the training part), and scores the dev split with conlleval.py when python3 is available.
/// The gazetteer of annotated names is built fold by fold (10 folds) for training, so the model learns how often
/// a name of unseen text is in it, not that every training name is. With <c>--fold i/k</c> the i-th of k contiguous
/// blocks is held out instead of the dev split (one fold of <c>--cross-validate k</c>, written out so that the
/// networks can be trained and combined on the same fold).
/// </summary>
internal sealed partial class NerTrainer : ITrainer
{
    public string Description => "NER CRF from ANERcorp (dev = last 10% of sentences, held out)";

    public int Run(string[] args)
    {
        var devFraction = double.Parse(StringOption(args, "--dev-fraction", "0.1"), CultureInfo.InvariantCulture);
        var l2 = double.Parse(StringOption(args, "--l2", "1.0"), CultureInfo.InvariantCulture);
        var iterations = IntOption(args, "--iterations", 120);
        var minCount = IntOption(args, "--min-count", 1);
        var folds = IntOption(args, "--folds", 10);
        var resources = StringOption(args, "--resources", Path.Combine("src", "Marsad.Core", "Resources"));
        var output = StringOption(args, "--out", Path.Combine(resources, "models", "ner.bin"));
        var devDirectory = StringOption(args, "--dev-out", Path.Combine("artifacts", "ner"));
        // the bootstrap model (which tags the news corpus for ant-names.tsv) reads neither that list nor the people list
        var withNewsNames = !args.Contains("--bootstrap");
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

        var sentences = ConllCorpus.Read(SharedDataPath.Resolve("ner/anercorp-train.txt"));
        // --fold i/k: one block of a k-fold cross-validation held out instead of the dev split (see NerDevSplit.HeldOut)
        var fold = StringOption(args, "--fold", "");
        if (NerDevSplit.HeldOut(fold, sentences.Count, devFraction, out var foldError) is not { } block)
        {
            Console.Error.WriteLine("ner " + foldError);
            return 2;
        }
        var (devStart, devEnd) = block;
        var dev = sentences.GetRange(devStart, devEnd - devStart);
        // --train-on-all: the recipe chosen on the dev split, refitted on every sentence (dev included) for shipping;
        // the O penalty is then given (--outside-bias), not tuned, and the dev score printed at the end is a training score
        var trainOnAll = args.Contains("--train-on-all");
        var fixedOutsideBias = StringOption(args, "--outside-bias", "");
        if (trainOnAll && fixedOutsideBias.Length == 0)
        {
            Console.Error.WriteLine("ner --train-on-all: give the O penalty chosen on the dev split with --outside-bias (the dev split is trained on)");
            return 2;
        }
        // a fold's bootstrap tagger (--no-outside-bias) is not tuned either, so it may hold out the block too
        var noOutsideBias = args.Contains("--no-outside-bias");
        if (fold.Length > 0 && (trainOnAll || (fixedOutsideBias.Length == 0 && !noOutsideBias)))
        {
            Console.Error.WriteLine("ner --fold: give the O penalty with --outside-bias or --no-outside-bias (the held-out block is not tuned on), and not --train-on-all");
            return 2;
        }
        // --train-limit N: only the first N training sentences (a learning-curve point; the dev split is unchanged)
        var trainable = trainOnAll ? sentences : NerDevSplit.Outside(sentences, devStart, devEnd);
        var train = trainable.Take(Math.Min(IntOption(args, "--train-limit", trainable.Count), trainable.Count)).ToList();
        var heldOut = fold.Length == 0 ? $"dev {dev.Count} from sentence {devStart}" : $"held out {dev.Count}, sentences {devStart}-{devEnd - 1} (fold {fold})";
        Log($"{sentences.Count} sentences: train {train.Count} ({train.Sum(s => s.Tokens.Length)} tokens), {heldOut}{(trainOnAll ? " (trained on too)" : "")}");

        WordClusters clusters;
        using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.ClustersResource)))
            clusters = WordClusters.Read(reader);
        var geo = GeoNames.Read(
            SharedDataPath.Resolve("lexicons/geo-names-ar/mledoze_countries.json"),
            SharedDataPath.Resolve("lexicons/geo-names-ar/world-cities.csv"));
        var triggers = new TriggerWords();
        using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.TriggersResource)))
            triggers.Read(reader);
        var fixedNames = new Gazetteer();
        foreach (var name in geo)
            fixedNames.Add(NerText.NormalizePhrase(name), NerLexicon.GeoSource, Gazetteer.SlotOf("LOC"));
        using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.CuratedResource)))
            fixedNames.Read(reader, NerLexicon.CuratedSource);
        using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.FillResource)))
            fixedNames.Read(reader, NerLexicon.FillSource);
        if (withNewsNames)
        {
            using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.NewsNamesResource)))
                fixedNames.Read(reader, NerLexicon.NewsNamesSource);
            using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.PeopleResource)))
                fixedNames.Read(reader, NerLexicon.PeopleSource);
        }
        var recipe = new CrfRecipe(clusters, fixedNames, triggers, folds, minCount, l2, iterations);

        // --cross-validate K: the recipe trained K times, each time without one contiguous K-th of the file, and
        // scored on it (with the given O penalty); nothing in the resources is written
        var crossValidation = IntOption(args, "--cross-validate", 0);
        if (crossValidation > 0)
        {
            if (fixedOutsideBias.Length == 0)
            {
                Console.Error.WriteLine("ner --cross-validate: give the O penalty with --outside-bias (no fold is tuned on)");
                return 2;
            }
            if (fold.Length > 0)
            {
                Console.Error.WriteLine("ner --cross-validate: runs every fold itself; --fold i/k is for one fold without it");
                return 2;
            }
            if (crossValidation < 2 || crossValidation > sentences.Count)
            {
                Console.Error.WriteLine($"ner --cross-validate {crossValidation}: the number of folds must be between 2 and {sentences.Count}");
                return 2;
            }
            CrossValidate(sentences, crossValidation, recipe, float.Parse(fixedOutsideBias, CultureInfo.InvariantCulture), devDirectory, Log);
            return 0;
        }

        WriteLexicon(Path.Combine(resources, NerLexicon.GeoResource), geo.Select(n => ("LOC", n)),
            "Arabic country and city names: mledoze/countries (ODbL) and jamsshhayd/world-cities-translations (CC BY 4.0)", "ner");
        var annotated = AnnotatedNames.Collect(train, clusters);
        WriteLexicon(Path.Combine(resources, NerLexicon.AnnotatedResource), annotated,
            $"Names annotated in ANERcorp (Benajiba et al. 2007; CAMeL split, Obeid et al. 2020; CC BY-SA 4.0), training sentences {(fold.Length == 0 ? $"0-{train.Count - 1}" : $"outside {devStart}-{devEnd - 1} (cross-validation fold {fold})")}", "ner");
        Log($"lexicons: {clusters.Count} clustered words, {geo.Count} geo names, {annotated.Count} annotated names");

        var runtime = AnnotatedNames.With(fixedNames, annotated);
        if (args.Contains("--score-only"))
        {
            // the model already at --out, scored (and its biases retuned with --tune) without training
            NerModel written;
            using (var file = File.OpenRead(output))
                written = NerModel.Read(file);
            var scored = new NerTagger(written, new NerLexicon(clusters, runtime, triggers));
            if (args.Contains("--tune"))
            {
                TuneTypeBiases(written, scored, dev, Log);
                WriteTransitions(output, written.Transitions);
            }
            NerEvaluation.Score(scored, dev, devDirectory, "dev", Log);
            return 0;
        }

        var fitted = Fit(train, recipe, Log);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        fitted.Write(output, 0f);
        Log($"wrote {output} ({new FileInfo(output).Length / 1024} KiB, {fitted.Hashes.Count} features)");
        if (dev.Count == 0)
            return 0;
        var lexicon = new NerLexicon(clusters, runtime, triggers);
        var model = fitted.Model(0f);
        var tagger = new NerTagger(model, lexicon);
        var bias = noOutsideBias ? 0f
            : fixedOutsideBias.Length > 0 ? float.Parse(fixedOutsideBias, CultureInfo.InvariantCulture)
            : TuneOutsideBias(model, tagger, dev, Log);
        if (bias != 0)
        {
            fitted.Write(output, bias);
            model = fitted.Model(bias);
            tagger = new NerTagger(model, lexicon);
        }
        if (args.Contains("--label-biases"))
        {
            CrossCheckBiases(model, tagger, dev, Log);
            TuneTypeBiases(model, tagger, dev, Log);
            WriteTransitions(output, model.Transitions);
        }
        NerEvaluation.Score(tagger, dev, devDirectory, "dev", Log);
        return 0;
    }

    /// <summary>
    /// The one decoding parameter tuned on the dev split: a penalty on O that trades precision for recall (a CRF
    /// trained on 125k tokens is cautious with names it has not seen). Swept over 0–3 in steps of 0.25.
    /// </summary>
    private static float TuneOutsideBias(NerModel model, NerTagger tagger, List<LabelledSentence> dev, Action<string> log)
    {
        var original = model.Transitions.ToArray();
        var best = 0f;
        var bestF1 = -1.0;
        for (var bias = 0f; bias <= 3f; bias += 0.25f)
        {
            original.CopyTo(model.Transitions, 0);
            OutsideBias.Apply(model.Transitions, bias);
            var f1 = NerEvaluation.MicroF1(tagger, dev);
            log(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"O penalty {bias:F2}: dev micro-F1 {f1:F4}"));
            if (f1 > bestF1 + 1e-9)
            {
                bestF1 = f1;
                best = bias;
            }
        }
        original.CopyTo(model.Transitions, 0);
        return best;
    }

    /// <summary>
    /// Biases per entity label (B-X and I-X of each type), tuned on the dev split after the O penalty by coordinate
    /// ascent (one round over the eight labels, each swept over -2.5 … 2.5 by 0.25); changes
    /// <paramref name="model"/>'s transitions in place. A bias is moved only when it gains at least 0.001 F1.
    /// </summary>
    private static void TuneTypeBiases(NerModel model, NerTagger tagger, List<LabelledSentence> dev, Action<string> log)
    {
        var current = NerEvaluation.MicroF1(tagger, dev);
        log(string.Create(CultureInfo.InvariantCulture, $"label biases: start dev micro-F1 {current:F4}"));
        var biases = new float[NerLabels.Count];
        for (var round = 0; round < 1; round++)
        {
            for (var label = 1; label < NerLabels.Count; label++)
            {
                var bestBias = biases[label];
                var bestF1 = current;
                for (var bias = -2.5f; bias <= 2.5f + 1e-6f; bias += 0.25f)
                {
                    OutsideBias.AddToLabel(model.Transitions, label, bias - biases[label]);
                    biases[label] = bias;
                    var f1 = NerEvaluation.MicroF1(tagger, dev);
                    if (f1 > bestF1 + 0.001)
                    {
                        bestF1 = f1;
                        bestBias = bias;
                    }
                }
                OutsideBias.AddToLabel(model.Transitions, label, bestBias - biases[label]);
                biases[label] = bestBias;
                current = bestF1;
            }
            log(string.Create(CultureInfo.InvariantCulture,
                $"label biases round {round + 1}: {string.Join(' ', Enumerable.Range(1, NerLabels.Count - 1).Select(l => NerLabels.Names[l] + "=" + biases[l].ToString("F2", CultureInfo.InvariantCulture)))}; dev micro-F1 {current:F4}"));
        }
    }

    /// <summary>
    /// How much of the label biases' gain is real rather than fit to the dev split: the biases are tuned on one half
    /// of the dev split (contiguous) and scored on the other, both ways; the counts of the two scored halves are
    /// added. Leaves the model's transitions as it found them.
    /// </summary>
    private static void CrossCheckBiases(NerModel model, NerTagger tagger, List<LabelledSentence> dev, Action<string> log)
    {
        var original = model.Transitions.ToArray();
        var half = dev.Count / 2;
        List<LabelledSentence>[] halves = [dev.Take(half).ToList(), dev.Skip(half).ToList()];
        int correct = 0, gold = 0, predicted = 0, baseCorrect = 0, basePredicted = 0;
        for (var h = 0; h < 2; h++)
        {
            original.CopyTo(model.Transitions, 0);
            var other = halves[1 - h];
            var before = NerEvaluation.Counts(tagger, other);
            baseCorrect += before.Correct;
            basePredicted += before.Predicted;
            TuneTypeBiases(model, tagger, halves[h], _ => { });
            var after = NerEvaluation.Counts(tagger, other);
            correct += after.Correct;
            gold += after.Gold;
            predicted += after.Predicted;
        }
        original.CopyTo(model.Transitions, 0);
        log(string.Create(CultureInfo.InvariantCulture,
            $"label biases cross-checked on dev halves: micro-F1 {NerEvaluation.F1(baseCorrect, gold, basePredicted):F4} without, {NerEvaluation.F1(correct, gold, predicted):F4} with biases tuned on the other half"));
    }

    /// <summary>Rewrites the model at <paramref name="path"/> with new transition weights (its features unchanged).</summary>
    private static void WriteTransitions(string path, float[] transitions)
    {
        var bytes = new MemoryStream();
        using (var file = File.OpenRead(path))
        using (var zlib = new System.IO.Compression.ZLibStream(file, System.IO.Compression.CompressionMode.Decompress))
            zlib.CopyTo(bytes);
        var raw = bytes.ToArray();
        // after "MNER", version and label count: the transitions as float32
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(transitions.AsSpan()).CopyTo(raw.AsSpan(12));
        using var output = File.Create(path);
        using var compressed = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.SmallestSize);
        compressed.Write(raw);
    }

    /// <summary>
    /// The lexicon as shipped in <paramref name="resources"/> (the files, not the embedded copies); without the
    /// annotated names when <paramref name="withAnnotatedNames"/> is false (training adds them fold by fold).
    /// </summary>
    internal static NerLexicon ReadLexicon(string resources, bool withNewsNames, bool withAnnotatedNames = true)
    {
        WordClusters clusters;
        using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.ClustersResource)))
            clusters = WordClusters.Read(reader);
        var gazetteer = new Gazetteer();
        (string Resource, int Source)[] sources =
        [
            (NerLexicon.GeoResource, NerLexicon.GeoSource),
            (NerLexicon.AnnotatedResource, NerLexicon.AnnotatedSource),
            (NerLexicon.CuratedResource, NerLexicon.CuratedSource),
            (NerLexicon.NewsNamesResource, NerLexicon.NewsNamesSource),
            (NerLexicon.PeopleResource, NerLexicon.PeopleSource),
            (NerLexicon.FillResource, NerLexicon.FillSource),
        ];
        foreach (var (resource, source) in sources)
        {
            if ((source is NerLexicon.NewsNamesSource or NerLexicon.PeopleSource && !withNewsNames)
                || (source == NerLexicon.AnnotatedSource && !withAnnotatedNames))
                continue;
            using var reader = File.OpenText(Path.Combine(resources, resource));
            gazetteer.Read(reader, source);
        }
        var triggers = new TriggerWords();
        using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.TriggersResource)))
            triggers.Read(reader);
        return new NerLexicon(clusters, gazetteer, triggers);
    }

    internal static void WriteLexicon(string path, IEnumerable<(string Type, string Name)> entries, string origin, string trainer)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# " + origin);
        writer.WriteLine("# TYPE<TAB>name; rebuilt by: dotnet run -c Release --project src/Marsad.Training -- " + trainer);
        foreach (var (type, name) in entries)
            writer.WriteLine(type + "\t" + name);
    }
}
