namespace Marsad.Analysis.Entities;

/// <summary>Best label sequence of a linear chain, with BIO-invalid transitions (O → I-X, B-Y → I-X) forbidden.</summary>
internal static class Viterbi
{
    public static void Decode(float[] emissions, float[] transitions, int n, int labels, int[] result, NerTagger.Scratch scratch)
    {
        var delta = scratch.Delta(n * labels);
        var back = scratch.Back(n * labels);
        for (var y = 0; y < labels; y++)
            delta[y] = NerLabels.CanFollow(-1, y) ? transitions[y] + emissions[y] : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
        {
            var row = i * labels;
            var previousRow = row - labels;
            for (var y = 0; y < labels; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < labels; p++)
                {
                    if (!NerLabels.CanFollow(p, y))
                        continue;
                    var s = delta[previousRow + p] + transitions[((p + 1) * labels) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }
                delta[row + y] = best + emissions[row + y];
                back[row + y] = arg;
            }
        }
        var last = (n - 1) * labels;
        var bestLabel = 0;
        for (var y = 1; y < labels; y++)
        {
            if (delta[last + y] > delta[last + bestLabel])
                bestLabel = y;
        }
        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = bestLabel;
            bestLabel = back[(i * labels) + bestLabel];
        }
    }
}
