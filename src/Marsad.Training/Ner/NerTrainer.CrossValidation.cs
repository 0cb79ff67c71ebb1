using System.Globalization;
using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

internal sealed partial class NerTrainer
{
    /// <summary>
    /// K-fold cross-validation of the recipe over contiguous blocks of sentences: fold i holds out the i-th K-th of
    /// the file (in file order), and the recipe is trained on the rest exactly as the dev-split run trains on
    /// sentences 0–3566 (annotated-names gazetteer from the training part only, built by folds for training), then
    /// tags the held-out block as the runtime does, with the given O penalty (nothing is tuned per fold). Logs each
    /// fold's scores and conlleval.py's, then the pooled counts and conlleval.py on all folds' files together
    /// (<c>cv-fold{i}-{gold,pred}.txt</c> and <c>cv-pooled-{gold,pred}.txt</c> in <paramref name="directory"/>).
    /// Also logs the pooled micro-F1 over the O-penalty grid the dev split's sweep uses (0–3 by 0.25), the same fold
    /// models tagging with each penalty: how far the penalty chosen on the dev split holds elsewhere. Then, with the
    /// given O penalty, the pooled micro-F1 with a bias added to one entity type's labels (B-X and I-X) over
    /// −1 … 2 by 0.5: where the O penalty's trade of precision for recall pays per type.
    /// </summary>
    private static void CrossValidate(List<LabelledSentence> sentences, int k, CrfRecipe recipe, float outsideBias,
        string directory, Action<string> log)
    {
        var pooled = new EntityCounts();
        var perFold = new List<string>();
        var penalties = Enumerable.Range(0, 13).Select(step => step * 0.25f).ToArray();
        var swept = new (int Correct, int Gold, int Predicted)[penalties.Length];
        var typeBiases = new[] { -1f, -0.5f, 0.5f, 1f, 1.5f, 2f };
        var typeSwept = new (int Correct, int Gold, int Predicted)[NerLabels.Types.Length, typeBiases.Length];
        for (var fold = 0; fold < k; fold++)
        {
            var (from, to) = NerDevSplit.Block(fold, k, sentences.Count);
            var held = sentences.GetRange(from, to - from);
            var train = NerDevSplit.Outside(sentences, from, to);
            log($"fold {fold + 1}/{k}: held out sentences {from}-{to - 1} ({held.Sum(s => s.Tokens.Length)} tokens), train {train.Count} sentences");
            var annotated = AnnotatedNames.Collect(train, recipe.Clusters);
            var fitted = Fit(train, recipe, log);
            var lexicon = new NerLexicon(recipe.Clusters, AnnotatedNames.With(recipe.FixedNames, annotated), recipe.Triggers);
            var counts = NerEvaluation.Score(new NerTagger(fitted.Model(outsideBias), lexicon), held, directory,
                $"cv-fold{fold + 1}", log);
            pooled.Add(counts);
            var foldSweep = new List<string>();
            for (var p = 0; p < penalties.Length; p++)
            {
                var (correct, gold, predicted) = NerEvaluation.Counts(new NerTagger(fitted.Model(penalties[p]), lexicon), held);
                swept[p] = (swept[p].Correct + correct, swept[p].Gold + gold, swept[p].Predicted + predicted);
                foldSweep.Add(string.Create(CultureInfo.InvariantCulture, $"{penalties[p]:F2} {NerEvaluation.F1(correct, gold, predicted):F4}"));
            }
            log($"fold {fold + 1} micro-F1 by O penalty: {string.Join(", ", foldSweep)}");
            for (var type = 0; type < NerLabels.Types.Length; type++)
            {
                for (var b = 0; b < typeBiases.Length; b++)
                {
                    var model = fitted.Model(outsideBias);
                    OutsideBias.AddToLabel(model.Transitions, NerLabels.Begin(type), typeBiases[b]);
                    OutsideBias.AddToLabel(model.Transitions, NerLabels.Inside(type), typeBiases[b]);
                    var (correct, gold, predicted) = NerEvaluation.Counts(new NerTagger(model, lexicon), held);
                    var sum = typeSwept[type, b];
                    typeSwept[type, b] = (sum.Correct + correct, sum.Gold + gold, sum.Predicted + predicted);
                }
            }
            perFold.Add($"fold {fold + 1} (sentences {from}-{to - 1}): {counts.Summary()}");
        }
        var pooledGold = Path.Combine(directory, "cv-pooled-gold.txt");
        var pooledPredicted = Path.Combine(directory, "cv-pooled-pred.txt");
        Concatenate(pooledGold, Enumerable.Range(1, k).Select(f => Path.Combine(directory, $"cv-fold{f}-gold.txt")));
        Concatenate(pooledPredicted, Enumerable.Range(1, k).Select(f => Path.Combine(directory, $"cv-fold{f}-pred.txt")));
        log(string.Create(CultureInfo.InvariantCulture, $"{k}-fold cross-validation, O penalty {outsideBias:F2}, L2 {recipe.L2}:"));
        foreach (var line in perFold)
            log("  " + line);
        log("  pooled: " + pooled.Summary());
        NerEvaluation.RunConlleval(pooledGold, pooledPredicted, log);
        log("pooled micro-F1 by O penalty: " + string.Join(", ", penalties.Select((p, i) => string.Create(CultureInfo.InvariantCulture,
            $"{p:F2} {NerEvaluation.F1(swept[i].Correct, swept[i].Gold, swept[i].Predicted):F4}"))));
        for (var type = 0; type < NerLabels.Types.Length; type++)
        {
            log($"pooled micro-F1 by {NerLabels.Types[type]} bias (O penalty {outsideBias.ToString("F2", CultureInfo.InvariantCulture)}): "
                + string.Join(", ", typeBiases.Select((b, i) => string.Create(CultureInfo.InvariantCulture,
                    $"{b:+0.0;-0.0} {NerEvaluation.F1(typeSwept[type, i].Correct, typeSwept[type, i].Gold, typeSwept[type, i].Predicted):F4}"))));
        }
    }

    private static void Concatenate(string path, IEnumerable<string> parts)
    {
        using var output = File.Create(path);
        foreach (var part in parts)
        {
            using var input = File.OpenRead(part);
            input.CopyTo(output);
        }
    }
}
