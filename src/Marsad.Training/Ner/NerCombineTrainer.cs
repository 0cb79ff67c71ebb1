using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Analysis.Entities;
using static Marsad.Training.Ner.NerClustersTrainer;

namespace Marsad.Training.Ner;

/// <summary>
/// Scores a neural tagger beside the CRF on the dev split: the network's per-token label log-marginals (written by
/// training/ner/bilstm_crf.py for the dev sentences) times a weight are added to the dev-split CRF's emission scores
/// before Viterbi, and the dev split is tagged as <c>marsad ner</c> tags it. The weight and a further O penalty are
/// swept together; because that fits them to the dev split, each is also chosen on one half of it (contiguous) and
/// scored on the other, both ways, and the two scored halves' counts are added: the figure that is not fitted to
/// the text it is scored on. The fixed combination the runtime ships (<c>--weight</c>, 3 by default since session 13,
/// no further penalty) is then scored per type by conlleval.py. With <c>--fold i/k</c> the i-th of k contiguous blocks
/// stands for the dev split (one cross-validation fold); the grid's counts go to <c>grid.tsv</c> so that the folds can
/// be pooled.
/// </summary>
internal sealed class NerCombineTrainer : ITrainer
{
    private static readonly float[] Weights = [0f, 0.25f, 0.5f, 0.75f, 1f, 1.5f, 2f, 3f, 4f, 6f, 10f, 50f];
    private static readonly float[] Penalties = [-1f, -0.5f, 0f, 0.5f, 1f];

    public string Description => "NER: a neural tagger's dev-split log-probabilities added to the dev-split CRF (weight swept, split-half cross-check)";

    public int Run(string[] args)
    {
        var resources = StringOption(args, "--resources", Path.Combine("artifacts", "ner", "dev-resources"));
        var crfPath = StringOption(args, "--crf", Path.Combine(resources, "models", "ner.bin"));
        var marginalsPath = StringOption(args, "--marginals", Path.Combine("artifacts", "ner", "bilstm", "dev-marginals.txt"));
        // --networks: the networks as the runtime reads and runs them (export_bilstm.py), instead of the script's marginals
        var networksPath = StringOption(args, "--networks", "");
        foreach (var path in new[] { crfPath, networksPath.Length > 0 ? networksPath : marginalsPath })
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"ner-combine: {path} not found (the dev-split CRF: ner --resources {resources}; the marginals: training/ner/bilstm_crf.py)");
                return 2;
            }
        }
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

        var sentences = ConllCorpus.Read(SharedDataPath.Resolve("ner/anercorp-train.txt"));
        // --fold i/k: the i-th of k contiguous blocks instead of the dev split (the CRF of --resources and the
        // networks trained without it: ner --fold, ner-export --fold)
        if (NerDevSplit.HeldOut(StringOption(args, "--fold", ""), sentences.Count, 0.1, out var foldError) is not { } block)
        {
            Console.Error.WriteLine("ner-combine " + foldError);
            return 2;
        }
        var dev = sentences.GetRange(block.From, block.To - block.From);
        INerEmissionScores scores;
        Action<float> setWeight;
        if (networksPath.Length > 0)
        {
            NerNetworks networks;
            try
            {
                using var file = File.OpenRead(networksPath);
                networks = NerNetworks.Read(file);
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"ner-combine: {networksPath}: {e.Message}");
                return 2;
            }
            (scores, setWeight) = (networks, w => networks.Weight = w);
            Log($"{networks.Count} networks from {networksPath}");
        }
        else
        {
            var marginals = MarginalScores.Read(marginalsPath, dev);
            (scores, setWeight) = (marginals, w => marginals.Weight = w);
        }
        NerModel crf;
        using (var file = File.OpenRead(crfPath))
            crf = NerModel.Read(file);
        var tagger = new NerTagger(crf, NerTrainer.ReadLexicon(resources, withNewsNames: true), scores);

        var half = dev.Count / 2;
        List<LabelledSentence>[] halves = [dev.Take(half).ToList(), dev.Skip(half).ToList()];
        var original = crf.Transitions.ToArray();
        var counts = new (int Correct, int Gold, int Predicted)[Weights.Length, Penalties.Length, 2];
        for (var w = 0; w < Weights.Length; w++)
        {
            setWeight(Weights[w]);
            var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"weight {Weights[w],5:F2}:"));
            for (var p = 0; p < Penalties.Length; p++)
            {
                original.CopyTo(crf.Transitions, 0);
                OutsideBias.Apply(crf.Transitions, Penalties[p]);
                for (var h = 0; h < 2; h++)
                    counts[w, p, h] = NerEvaluation.Counts(tagger, halves[h]);
                line.Append(CultureInfo.InvariantCulture, $" {F1(counts[w, p, 0], counts[w, p, 1]):F4}");
            }
            Log(line + string.Create(CultureInfo.InvariantCulture, $"   (further O penalty {string.Join(' ', Penalties)})"));
        }
        original.CopyTo(crf.Transitions, 0);
        var devOut = StringOption(args, "--dev-out", Path.Combine("artifacts", "ner", "combine"));
        WriteGrid(Path.Combine(devOut, "grid.tsv"), counts);

        // the shipped combination (export_bilstm.py --weight, no further O penalty), scored by conlleval.py per type
        var shipped = float.Parse(StringOption(args, "--weight", "3"), CultureInfo.InvariantCulture);
        setWeight(shipped);
        NerEvaluation.Score(tagger, dev, devOut,
            string.Create(CultureInfo.InvariantCulture, $"combined-w{shipped:F2}"), Log);

        var crfAlone = Array.IndexOf(Penalties, 0f);
        Log(string.Create(CultureInfo.InvariantCulture, $"CRF alone (weight 0, no further penalty): dev micro-F1 {F1(counts[0, crfAlone, 0], counts[0, crfAlone, 1]):F4}"));
        var (bw, bp) = Best(counts, h: -1, alone: false);
        Log(string.Create(CultureInfo.InvariantCulture, $"best on the whole dev split (fitted to it): weight {Weights[bw]:F2}, further O penalty {Penalties[bp]:F2}, micro-F1 {F1(counts[bw, bp, 0], counts[bw, bp, 1]):F4}"));
        var (aw, ap) = Best(counts, h: -1, alone: true);
        Log(string.Create(CultureInfo.InvariantCulture, $"network alone (weight 50), best O penalty {Penalties[ap]:F2}: micro-F1 {F1(counts[aw, ap, 0], counts[aw, ap, 1]):F4}"));
        var crossed = new (int Correct, int Gold, int Predicted)[2];
        for (var h = 0; h < 2; h++)
        {
            var (w, p) = Best(counts, h, alone: false);
            crossed[1 - h] = counts[w, p, 1 - h];
            Log(string.Create(CultureInfo.InvariantCulture, $"chosen on dev half {h}: weight {Weights[w]:F2}, further O penalty {Penalties[p]:F2}; scored on half {1 - h}"));
        }
        Log(string.Create(CultureInfo.InvariantCulture,
            $"split-half cross-check: micro-F1 {F1(counts[0, crfAlone, 0], counts[0, crfAlone, 1]):F4} CRF alone, {F1(crossed[0], crossed[1]):F4} with weight and penalty chosen on the other half"));
        return 0;
    }

    /// <summary>
    /// The grid's counts (weight, further O penalty, dev half, correct, gold and predicted entities), so that the
    /// folds of a cross-validation can be pooled at every point, or a point chosen on some folds and scored on another.
    /// </summary>
    private static void WriteGrid(string path, (int Correct, int Gold, int Predicted)[,,] counts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path);
        writer.WriteLine("weight\tpenalty\thalf\tcorrect\tgold\tpredicted");
        for (var w = 0; w < Weights.Length; w++)
        {
            for (var p = 0; p < Penalties.Length; p++)
            {
                for (var h = 0; h < 2; h++)
                {
                    var (correct, gold, predicted) = counts[w, p, h];
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Weights[w]}\t{Penalties[p]}\t{h}\t{correct}\t{gold}\t{predicted}"));
                }
            }
        }
    }

    /// <summary>The grid point with the best micro-F1 on half <paramref name="h"/> (-1: both halves); the network-alone row only when <paramref name="alone"/>.</summary>
    private static (int Weight, int Penalty) Best((int Correct, int Gold, int Predicted)[,,] counts, int h, bool alone)
    {
        var best = (Weight: 0, Penalty: 0, F1: -1.0);
        var rows = alone ? [Weights.Length - 1] : Enumerable.Range(0, Weights.Length - 1);
        foreach (var w in rows)
        {
            for (var p = 0; p < Penalties.Length; p++)
            {
                var f1 = h < 0 ? F1(counts[w, p, 0], counts[w, p, 1]) : NerEvaluation.F1(counts[w, p, h].Correct, counts[w, p, h].Gold, counts[w, p, h].Predicted);
                if (f1 > best.F1 + 1e-9)
                    best = (w, p, f1);
            }
        }
        return (best.Weight, best.Penalty);
    }

    private static double F1((int Correct, int Gold, int Predicted) a, (int Correct, int Gold, int Predicted) b) =>
        NerEvaluation.F1(a.Correct + b.Correct, a.Gold + b.Gold, a.Predicted + b.Predicted);

    /// <summary>
    /// The network's log-marginals of the dev sentences (one line of <see cref="NerLabels.Count"/> numbers per token,
    /// a blank line between sentences, in dev order), found by the sentence's (or 400-token window's) tokens.
    /// </summary>
    private sealed class MarginalScores : INerEmissionScores
    {
        private readonly Dictionary<string, float[]> _byTokens = new(StringComparer.Ordinal);

        public float Weight { get; set; }

        public static MarginalScores Read(string path, List<LabelledSentence> dev)
        {
            var rows = new List<float[]>();
            var sentence = 0;
            var result = new MarginalScores();
            foreach (var line in File.ReadLines(path).Append(""))
            {
                if (line.Length > 0)
                {
                    rows.Add(line.Split(' ').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray());
                    continue;
                }
                if (rows.Count == 0)
                    continue;
                if (sentence >= dev.Count || dev[sentence].Tokens.Length != rows.Count || rows.Any(r => r.Length != NerLabels.Count))
                    throw new InvalidDataException($"{path}: sentence {sentence} does not match the dev split ({rows.Count} tokens)");
                result.Add(dev[sentence].Tokens, rows);
                rows.Clear();
                sentence++;
            }
            if (sentence != dev.Count)
                throw new InvalidDataException($"{path}: {sentence} sentences, the dev split has {dev.Count}");
            return result;
        }

        private void Add(string[] tokens, List<float[]> rows)
        {
            for (var start = 0; start < tokens.Length; start += NerTagger.MaxSentence)
            {
                var end = tokens.Length <= NerTagger.MaxSentence ? tokens.Length : Math.Min(tokens.Length, start + NerTagger.MaxSentence);
                _byTokens[string.Join(' ', tokens[start..end])] = rows.Skip(start).Take(end - start).SelectMany(r => r).ToArray();
            }
        }

        public void AddTo(NerFeatureExtractor extractor, IReadOnlyList<string> tokens, Span<float> emissions)
        {
            var values = _byTokens[string.Join(' ', tokens)];
            for (var k = 0; k < emissions.Length; k++)
                emissions[k] += Weight * values[k];
        }
    }
}
