namespace Marsad.Training.Topics;

/// <summary>
/// Multinomial logistic regression trained by stochastic gradient descent with L2 decay on the active features,
/// a decaying step, and a deterministic shuffle: the same data and options give the same weights.
/// </summary>
internal sealed class SoftmaxRegression(int features, int labels)
{
    public float[] Weights { get; } = new float[features * labels];

    public float[] Bias { get; } = new float[labels];

    public void Train(IReadOnlyList<(int[] Index, float[] Value, int Label, float Weight)> data, int epochs, double rate, double l2, CancellationToken cancel = default)
    {
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(20180401);
        var p = new double[labels];
        long step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                cancel.ThrowIfCancellationRequested();
                var (index, value, label, weight) = data[i];
                Scores(index, value, p);
                var lr = rate / (1 + (step++ / (double)data.Count));
                for (var k = 0; k < labels; k++)
                {
                    var g = (p[k] - (k == label ? 1 : 0)) * weight;
                    Bias[k] -= (float)(lr * g);
                    for (var j = 0; j < index.Length; j++)
                    {
                        var w = (index[j] * labels) + k;
                        Weights[w] -= (float)(lr * ((g * value[j]) + (l2 * Weights[w])));
                    }
                }
            }
        }
    }

    public void Scores(int[] index, float[] value, double[] p)
    {
        for (var k = 0; k < labels; k++)
            p[k] = Bias[k];
        for (var j = 0; j < index.Length; j++)
        {
            var row = index[j] * labels;
            for (var k = 0; k < labels; k++)
                p[k] += Weights[row + k] * value[j];
        }
        var max = p.Max();
        double sum = 0;
        for (var k = 0; k < labels; k++)
            sum += p[k] = Math.Exp(p[k] - max);
        for (var k = 0; k < labels; k++)
            p[k] /= sum;
    }
}
