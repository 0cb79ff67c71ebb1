using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis.Entities;
using static Marsad.Training.Ner.NerClustersTrainer;

namespace Marsad.Training.Ner;

/// <summary>
/// Trains the NER tagger's name-likeness model (src/Marsad.Core/Resources/models/name-likeness.bin): an
/// L2-regularized logistic regression over the letter 1–4-grams of a word (<see cref="NameLikeness"/>). Positives
/// are the words of the ANETAC English–Arabic name pairs and of the ANERGazet person and place lists (and their
/// one-word organisations); negatives are the other words of the news corpus vocabulary behind the clusters (seen
/// at least 5 times in ANT). Every word counts once, however frequent, so the model cannot learn "is rare" from
/// how often a word was seen; the two classes are weighted to the same total. Words are taken as the tagger
/// reads them: matching-normalized, without proclitic and article. The lists' words are not stored, only n-gram
/// hashes and weights; a tenth of the words (by hash) is held out first to report how well the model separates them.
/// </summary>
internal sealed class NameLikenessTrainer : ITrainer
{
    public string Description => "NER name-likeness: letter n-gram logistic regression (ANETAC + ANERGazet names vs news words)";

    public int Run(string[] args)
    {
        var l2 = double.Parse(StringOption(args, "--l2", "1.0"), CultureInfo.InvariantCulture);
        var iterations = IntOption(args, "--iterations", 200);
        var keep = IntOption(args, "--keep", 30_000);
        var resources = StringOption(args, "--resources", Path.Combine("src", "Marsad.Core", "Resources"));
        var output = StringOption(args, "--out", Path.Combine(resources, NerLexicon.NameLikenessResource));
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

        WordClusters clusters;
        using (var reader = File.OpenText(Path.Combine(resources, NerLexicon.ClustersResource)))
            clusters = WordClusters.Read(reader);
        // --no-anergazet: positives from ANETAC only (ANERGazet was compiled by ANERcorp's author and holds many of its names)
        var names = NameWords(clusters, withAnerGazet: !args.Contains("--no-anergazet"));
        var ordinary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ClusterWords(Path.Combine(resources, NerLexicon.ClustersResource)))
        {
            var bare = BareForm(word, clusters);
            if (IsArabicWord(bare) && !names.Contains(bare))
                ordinary.Add(bare);
        }
        Log($"{names.Count} name words, {ordinary.Count} other news words");

        var examples = names.Select(w => (Word: w, Label: true))
            .Concat(ordinary.Select(w => (Word: w, Label: false)))
            .OrderBy(e => e.Word, StringComparer.Ordinal).ToList();
        var heldOut = examples.Where(e => IsHeldOut(e.Word)).ToList();
        var fitted = Fit(examples.Where(e => !IsHeldOut(e.Word)).ToList(), l2, iterations, Log);
        ReportHeldOut(Pruned(fitted, keep), heldOut, Log);

        var final = Pruned(Fit(examples, l2, iterations, Log), keep);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, final);
        Log($"wrote {output} ({final.Length / 1024} KiB, {NameLikeness.Read(new MemoryStream(final)).Count} n-grams)");
        return 0;
    }

    /// <summary>The bare forms of every word of the name lists (ANETAC; ANERGazet persons, places, one-word organisations).</summary>
    private static HashSet<string> NameWords(WordClusters clusters, bool withAnerGazet)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void AddPhrase(string phrase)
        {
            foreach (var token in NerText.NormalizePhrase(phrase))
            {
                var bare = BareForm(token, clusters);
                if (IsArabicWord(bare))
                    names.Add(bare);
            }
        }
        // "CLASS English Arabic": the Arabic side starts at the first Arabic letter
        foreach (var line in File.ReadLines(SharedDataPath.Resolve("lexicons/anetac-en-ar-names/EN-AR_Named-entities.txt")))
        {
            var arabic = line.AsSpan().IndexOfAnyInRange('\u0600', '\u06FF');
            if (arabic >= 0)
                AddPhrase(line[arabic..]);
        }
        if (!withAnerGazet)
            return names;
        foreach (var file in new[] { "AlignedPersGazetteer.txt", "AlignedLocGazetteer.txt" })
        {
            foreach (var line in File.ReadLines(SharedDataPath.Resolve("lexicons/anergazet/" + file)))
                AddPhrase(line);
        }
        // organisation entries of several words are mostly ordinary words (وكالة الانباء ...): one-word entries only
        foreach (var line in File.ReadLines(SharedDataPath.Resolve("lexicons/anergazet/AlignedOrgGazetteer.txt")))
        {
            if (NerText.NormalizePhrase(line) is [var single])
                AddPhrase(single);
        }
        return names;
    }

    private static IEnumerable<string> ClusterWords(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return tab < 0 ? line : line[..tab];
        }
    }

    /// <summary>The form the tagger scores: without proclitic (as the clusters guard it) and without the article.</summary>
    internal static string BareForm(string word, WordClusters clusters)
    {
        Proclitics.Split(word, clusters, out var remainder);
        return Proclitics.WithoutArticle(remainder);
    }

    private static bool IsArabicWord(string word) =>
        word.Length >= 2 && !word.AsSpan().ContainsAnyExceptInRange('\u0621', '\u064A');

    private static bool IsHeldOut(string word)
    {
        Span<uint> hashes = stackalloc uint[NameLikeness.NGramCount(word.Length)];
        NameLikeness.NGrams(word, hashes);
        return hashes[^1] % 10 == 7; // the whole word's last 4-gram hash: a fixed tenth, independent of the label
    }

    /// <summary>Bias and n-gram weights of the logistic regression fitted by L-BFGS.</summary>
    private sealed record Fitted(double Bias, Dictionary<uint, double> Weights);

    private static Fitted Fit(List<(string Word, bool Label)> examples, double l2, int iterations, Action<string> log)
    {
        var index = new Dictionary<uint, int>();
        var features = new int[examples.Count][];
        for (var e = 0; e < examples.Count; e++)
        {
            var hashes = new uint[NameLikeness.NGramCount(examples[e].Word.Length)];
            NameLikeness.NGrams(examples[e].Word, hashes);
            features[e] = hashes.Select(h => index.TryGetValue(h, out var id) ? id : index[h] = index.Count).ToArray();
        }
        var positives = examples.Count(e => e.Label);
        var negatives = examples.Count - positives;
        // the classes weighted to the same total, the whole normalized to one per word on average
        var positiveWeight = examples.Count / (2.0 * positives);
        var negativeWeight = examples.Count / (2.0 * negatives);
        var dimensions = index.Count + 1; // the bias last, not regularized
        double Evaluate(double[] x, double[] gradient)
        {
            Array.Clear(gradient);
            var loss = 0.0;
            for (var e = 0; e < examples.Count; e++)
            {
                var z = x[^1];
                foreach (var f in features[e])
                    z += x[f];
                var y = examples[e].Label ? 1.0 : 0.0;
                var weight = examples[e].Label ? positiveWeight : negativeWeight;
                var p = 1.0 / (1.0 + Math.Exp(-z));
                // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, written to stay finite
                loss += weight * (Math.Max(0, y == 1 ? -z : z) + Math.Log(1 + Math.Exp(-Math.Abs(z))));
                var g = weight * (p - y);
                gradient[^1] += g;
                foreach (var f in features[e])
                    gradient[f] += g;
            }
            for (var f = 0; f < dimensions - 1; f++)
            {
                loss += 0.5 * l2 * x[f] * x[f];
                gradient[f] += l2 * x[f];
            }
            return loss;
        }
        var x = new double[dimensions];
        new Lbfgs().Minimize(Evaluate, x, iterations, 1e-6,
            (i, f, g) => { if (i % 25 == 0) log(string.Create(CultureInfo.InvariantCulture, $"iteration {i}: objective {f:F1}, |gradient| {g:F3}")); });
        log($"fitted on {examples.Count} words ({positives} names), {index.Count} n-grams");
        return new Fitted(x[^1], index.ToDictionary(p => p.Key, p => x[p.Value]));
    }

    /// <summary>The model as written: the <paramref name="keep"/> heaviest n-grams, quantized.</summary>
    private static byte[] Pruned(Fitted fitted, int keep)
    {
        var kept = fitted.Weights.OrderByDescending(p => Math.Abs(p.Value)).ThenBy(p => p.Key).Take(keep)
            .ToDictionary(p => p.Key, p => (float)p.Value);
        var buffer = new MemoryStream();
        NameLikeness.Write(buffer, (float)fitted.Bias, kept);
        return buffer.ToArray();
    }

    /// <summary>Area under the ROC curve and accuracy at logit 0 of the written model on the held-out words.</summary>
    private static void ReportHeldOut(byte[] model, List<(string Word, bool Label)> heldOut, Action<string> log)
    {
        var likeness = NameLikeness.Read(new MemoryStream(model));
        var scored = heldOut.Select(e => (Logit: likeness.Logit(e.Word), e.Label)).OrderBy(s => s.Logit).ToList();
        var positives = scored.Count(s => s.Label);
        var negatives = scored.Count - positives;
        // AUC by ranks (ties broken by order: the logits are quantized sums, ties are few)
        double rankSum = 0;
        for (var r = 0; r < scored.Count; r++)
        {
            if (scored[r].Label)
                rankSum += r + 1;
        }
        var auc = (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
        var truePositives = scored.Count(s => s.Label && s.Logit > 0);
        var trueNegatives = scored.Count(s => !s.Label && s.Logit <= 0);
        log(string.Create(CultureInfo.InvariantCulture,
            $"held out {scored.Count} words ({positives} names): AUC {auc:F4}, names above 0 {(double)truePositives / positives:F3}, other words below 0 {(double)trueNegatives / negatives:F3}"));
    }
}
