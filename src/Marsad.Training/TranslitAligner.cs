namespace Marsad.Training;

/// <summary>
/// Learns how Arabic letters pair with Latin letter groups (0–3 letters each) from word pairs by expectation
/// maximization over all monotone alignments, then gives each pair its most likely alignment.
/// </summary>
internal sealed class TranslitAligner
{
    public const int MaxLatin = 3;
    private Dictionary<(char, string), double> _p = [];

    public void Train(IReadOnlyList<(string Arabic, string Latin)> pairs, int iterations, TextWriter log)
    {
        // start from uniform probabilities over every pair the data allows
        var counts = new Dictionary<(char, string), double>();
        foreach (var (ar, en) in pairs)
        {
            for (var i = 0; i < ar.Length; i++)
            {
                for (var j = 0; j <= en.Length; j++)
                {
                    for (var k = 0; k <= MaxLatin && j + k <= en.Length; k++)
                        counts[(ar[i], en.Substring(j, k))] = 1;
                }
            }
        }
        _p = Normalize(counts);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            counts = [];
            var logLikelihood = 0.0;
            foreach (var (ar, en) in pairs)
                logLikelihood += Expect(ar, en, counts);
            _p = Normalize(counts);
            log.WriteLine($"  align: iteration {iteration + 1}, log-likelihood {logLikelihood:F0}");
        }
    }

    /// <summary>The best alignment of a pair as (letter, latin) units, or null when none exists.</summary>
    public List<(char Letter, string Latin)>? Align(string ar, string en)
    {
        int m = ar.Length, n = en.Length;
        var best = new double[m + 1, n + 1];
        var back = new int[m + 1, n + 1];
        for (var i = 0; i <= m; i++)
        {
            for (var j = 0; j <= n; j++)
                best[i, j] = double.NegativeInfinity;
        }
        best[0, 0] = 0;
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= n; j++)
            {
                if (double.IsNegativeInfinity(best[i, j]))
                    continue;
                for (var k = 0; k <= MaxLatin && j + k <= n; k++)
                {
                    if (!_p.TryGetValue((ar[i], en.Substring(j, k)), out var p) || p <= 0)
                        continue;
                    var score = best[i, j] + Math.Log(p);
                    if (score > best[i + 1, j + k])
                    {
                        best[i + 1, j + k] = score;
                        back[i + 1, j + k] = k;
                    }
                }
            }
        }
        if (double.IsNegativeInfinity(best[m, n]))
            return null;
        var units = new List<(char, string)>(m);
        for (int i = m, j = n; i > 0; i--)
        {
            var k = back[i, j];
            units.Add((ar[i - 1], en.Substring(j - k, k)));
            j -= k;
        }
        units.Reverse();
        return units;
    }

    private double Expect(string ar, string en, Dictionary<(char, string), double> counts)
    {
        int m = ar.Length, n = en.Length;
        var alpha = new double[m + 1, n + 1];
        var beta = new double[m + 1, n + 1];
        alpha[0, 0] = 1;
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= n; j++)
            {
                if (alpha[i, j] == 0)
                    continue;
                for (var k = 0; k <= MaxLatin && j + k <= n; k++)
                    alpha[i + 1, j + k] += alpha[i, j] * P(ar[i], en.Substring(j, k));
            }
        }
        var total = alpha[m, n];
        if (total <= 0)
            return 0;
        beta[m, n] = 1;
        for (var i = m - 1; i >= 0; i--)
        {
            for (var j = n; j >= 0; j--)
            {
                double sum = 0;
                for (var k = 0; k <= MaxLatin && j + k <= n; k++)
                    sum += P(ar[i], en.Substring(j, k)) * beta[i + 1, j + k];
                beta[i, j] = sum;
            }
        }
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= n; j++)
            {
                if (alpha[i, j] == 0)
                    continue;
                for (var k = 0; k <= MaxLatin && j + k <= n; k++)
                {
                    var unit = (ar[i], en.Substring(j, k));
                    var posterior = alpha[i, j] * P(unit.Item1, unit.Item2) * beta[i + 1, j + k] / total;
                    if (posterior > 1e-9)
                    {
                        counts.TryGetValue(unit, out var c);
                        counts[unit] = c + posterior;
                    }
                }
            }
        }
        return Math.Log(total);
    }

    private double P(char letter, string latin) => _p.TryGetValue((letter, latin), out var p) ? p : 0;

    private static Dictionary<(char, string), double> Normalize(Dictionary<(char, string), double> counts)
    {
        var total = counts.Values.Sum();
        return counts.Where(p => p.Value / total > 1e-7).ToDictionary(p => p.Key, p => p.Value / total);
    }
}
