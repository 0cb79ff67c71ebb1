using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

/// <summary>The training data as feature indices: per sentence, each token's features and the gold labels.</summary>
internal sealed record EncodedSentence(int[] Features, int[] Offsets, int[] Labels);

/// <summary>
/// Negative log-likelihood of a linear-chain CRF with an L2 prior, and its gradient. Parameters: state weights
/// (features × labels) then transitions ((labels+1) × labels, row 0 = start). BIO-invalid transitions are fixed
/// at zero probability, as in decoding. Forward-backward runs in scaled probability space; sentences are split
/// into fixed chunks, one per core, and the chunks' gradients are added in order, so results are reproducible.
/// </summary>
internal sealed class CrfObjective(IReadOnlyList<EncodedSentence> sentences, int features, double l2)
{
    public const int Labels = NerLabels.Count;

    public int Dimension => (features * Labels) + TransitionCount;

    public static int TransitionCount => (Labels + 1) * Labels;

    public int StateCount => features * Labels;

    public double Evaluate(double[] w, double[] gradient)
    {
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, 4));
        var gradients = new double[parts][];
        var losses = new double[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var g = part == 0 ? gradient : new double[gradient.Length];
            Array.Clear(g);
            var from = (int)((long)part * sentences.Count / parts);
            var to = (int)((long)(part + 1) * sentences.Count / parts);
            var work = new Work();
            var loss = 0.0;
            for (var s = from; s < to; s++)
                loss += Sentence(sentences[s], w, g, work);
            gradients[part] = g;
            losses[part] = loss;
        });
        var total = 0.0;
        for (var part = 0; part < parts; part++)
        {
            total += losses[part];
            if (part == 0)
                continue;
            var g = gradients[part];
            for (var i = 0; i < gradient.Length; i++)
                gradient[i] += g[i];
        }
        for (var i = 0; i < w.Length; i++)
        {
            total += w[i] * w[i] * l2 / 2;
            gradient[i] += w[i] * l2;
        }
        return total;
    }

    private double Sentence(EncodedSentence sentence, double[] w, double[] g, Work work)
    {
        const int L = Labels;
        var n = sentence.Labels.Length;
        work.Ensure(n);
        var trans = StateCount;
        var expT = work.ExpTransitions;
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y < L; y++)
                expT[(p * L) + y] = NerLabels.CanFollow(p - 1, y) ? Math.Exp(w[trans + (p * L) + y]) : 0;
        }
        var logZ = 0.0;
        var gold = 0.0;
        var e = work.Emissions;
        for (var i = 0; i < n; i++)
        {
            var row = e.AsSpan(i * L, L);
            row.Clear();
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var f = sentence.Features[k] * L;
                for (var y = 0; y < L; y++)
                    row[y] += w[f + y];
            }
            gold += row[sentence.Labels[i]];
            var max = double.NegativeInfinity;
            foreach (var v in row)
                max = Math.Max(max, v);
            logZ += max;
            for (var y = 0; y < L; y++)
                row[y] = Math.Exp(row[y] - max);
        }
        gold += w[trans + sentence.Labels[0]];
        for (var i = 1; i < n; i++)
            gold += w[trans + ((sentence.Labels[i - 1] + 1) * L) + sentence.Labels[i]];

        var alpha = work.Alpha;
        var beta = work.Beta;
        var scale = work.Scale;
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var y = 0; y < L; y++)
            {
                double a;
                if (i == 0)
                {
                    a = expT[y];
                }
                else
                {
                    a = 0;
                    for (var p = 0; p < L; p++)
                        a += alpha[((i - 1) * L) + p] * expT[((p + 1) * L) + y];
                }
                a *= e[(i * L) + y];
                alpha[(i * L) + y] = a;
                sum += a;
            }
            scale[i] = sum;
            logZ += Math.Log(sum);
            for (var y = 0; y < L; y++)
                alpha[(i * L) + y] /= sum;
        }
        for (var y = 0; y < L; y++)
            beta[((n - 1) * L) + y] = 1;
        for (var i = n - 2; i >= 0; i--)
        {
            for (var p = 0; p < L; p++)
            {
                var b = 0.0;
                for (var y = 0; y < L; y++)
                    b += expT[((p + 1) * L) + y] * e[((i + 1) * L) + y] * beta[((i + 1) * L) + y];
                beta[(i * L) + p] = b / scale[i + 1];
            }
        }
        // expectations minus empirical counts
        for (var i = 0; i < n; i++)
        {
            var goldLabel = sentence.Labels[i];
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var f = sentence.Features[k] * L;
                for (var y = 0; y < L; y++)
                    g[f + y] += alpha[(i * L) + y] * beta[(i * L) + y];
                g[f + goldLabel] -= 1;
            }
            if (i == 0)
            {
                for (var y = 0; y < L; y++)
                    g[trans + y] += alpha[y] * beta[y];
                g[trans + goldLabel] -= 1;
                continue;
            }
            for (var p = 0; p < L; p++)
            {
                var ap = alpha[((i - 1) * L) + p] / scale[i];
                if (ap == 0)
                    continue;
                for (var y = 0; y < L; y++)
                    g[trans + ((p + 1) * L) + y] += ap * expT[((p + 1) * L) + y] * e[(i * L) + y] * beta[(i * L) + y];
            }
            g[trans + ((sentence.Labels[i - 1] + 1) * L) + goldLabel] -= 1;
        }
        return logZ - gold;
    }

    private sealed class Work
    {
        public double[] ExpTransitions { get; } = new double[(Labels + 1) * Labels];

        public double[] Emissions { get; private set; } = [];

        public double[] Alpha { get; private set; } = [];

        public double[] Beta { get; private set; } = [];

        public double[] Scale { get; private set; } = [];

        public void Ensure(int n)
        {
            if (Scale.Length >= n)
                return;
            Emissions = new double[n * Labels];
            Alpha = new double[n * Labels];
            Beta = new double[n * Labels];
            Scale = new double[n];
        }
    }
}
