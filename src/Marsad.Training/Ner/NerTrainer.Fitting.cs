using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

internal sealed partial class NerTrainer
{
    /// <summary>
    /// What a CRF training run reads besides its sentences: the lexicons fixed before training (clusters, the
    /// gazetteer without annotated names, trigger words) and the training options.
    /// </summary>
    private sealed record CrfRecipe(WordClusters Clusters, Gazetteer FixedNames, TriggerWords Triggers, int Folds,
        int MinCount, double L2, int Iterations);

    /// <summary>A fitted CRF: the kept feature hashes, their weights (features × labels) and the transitions.</summary>
    private sealed record FittedCrf(List<ulong> Hashes, float[] Weights, float[] Transitions)
    {
        /// <summary>Writes the model file with the O penalty <paramref name="outsideBias"/> folded into its transitions.</summary>
        public void Write(string path, float outsideBias)
        {
            using var file = File.Create(path);
            Write(file, outsideBias);
        }

        /// <summary>The model as the runtime reads it (quantized weights) with the O penalty <paramref name="outsideBias"/>.</summary>
        public NerModel Model(float outsideBias)
        {
            using var bytes = new MemoryStream();
            Write(bytes, outsideBias);
            bytes.Position = 0;
            return NerModel.Read(bytes);
        }

        private void Write(Stream stream, float outsideBias)
        {
            var transitions = Transitions.ToArray();
            OutsideBias.Apply(transitions, outsideBias);
            NerModel.Write(stream, Hashes, Weights, transitions, NerLabels.Count);
        }
    }

    /// <summary>
    /// Fits the CRF on <paramref name="train"/> (annotated names by folds, as <see cref="Encode"/> extracts them) by
    /// L-BFGS, and drops the features whose weights are all negligible.
    /// </summary>
    private static FittedCrf Fit(List<LabelledSentence> train, CrfRecipe recipe, Action<string> log)
    {
        var encoded = Encode(train, recipe.Folds, recipe.Clusters, recipe.FixedNames, recipe.Triggers, recipe.MinCount, log);
        var objective = new CrfObjective(encoded.Sentences, encoded.Hashes.Count, recipe.L2);
        var weights = new double[objective.Dimension];
        log($"{encoded.Hashes.Count} features, {objective.Dimension} parameters; L2 {recipe.L2}");
        new Lbfgs().Minimize(objective.Evaluate, weights, recipe.Iterations, 1e-5,
            (i, f, g) => { if (i % 10 == 0) log($"iteration {i}: objective {f:F1}, |gradient| {g:F2}"); });
        var state = weights.AsSpan(0, objective.StateCount).ToArray().Select(w => (float)w).ToArray();
        var transitions = weights.AsSpan(objective.StateCount).ToArray().Select(w => (float)w).ToArray();
        var kept = Prune(encoded.Hashes, state, out var keptWeights);
        return new FittedCrf(kept, keptWeights, transitions);
    }

    /// <summary>Drops features whose weights are all negligible: they cost space and load time, not accuracy.</summary>
    private static List<ulong> Prune(List<ulong> hashes, float[] weights, out float[] kept)
    {
        const float Threshold = 1e-3f;
        const int L = NerLabels.Count;
        var rows = new List<int>();
        for (var f = 0; f < hashes.Count; f++)
        {
            for (var y = 0; y < L; y++)
            {
                if (Math.Abs(weights[(f * L) + y]) >= Threshold)
                {
                    rows.Add(f);
                    break;
                }
            }
        }
        kept = new float[rows.Count * L];
        for (var r = 0; r < rows.Count; r++)
            weights.AsSpan(rows[r] * L, L).CopyTo(kept.AsSpan(r * L));
        return rows.Select(r => hashes[r]).ToList();
    }
}
