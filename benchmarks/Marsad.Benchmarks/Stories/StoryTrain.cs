using System.Globalization;
using Marsad.Stories;

namespace Marsad.Benchmarks.Stories;

/// <summary>
/// `quality story-train DEV.jsonl [DEV2.jsonl …] [--drop feature,feature]`: learns the <see cref="StoryPairModel"/>
/// weights from the development gold windows. Each window's analyzed articles (the story-tuning cache: real pipeline,
/// NER entity keys) are replayed in publication order through a <see cref="StoryClusterer"/> that puts each one into
/// its gold story; every candidate pair the clusterer's index retrieves with both articles in the gold (not uncertain)
/// is a training example, labelled same story or not. L2-regularized logistic regression fitted by Newton's method
/// (IRLS) on the pairs of every window. Prints each feature's mean over the same-story and the different-story pairs,
/// the model line for <see cref="StoryPairModel.Default"/>, the pair scores
/// of the clusterer with it on each window over a threshold range, and — with two windows or more — each window scored
/// by the model fitted on the others (leave one window out: how <see cref="StoryClustererOptions.MinProbability"/> is
/// chosen) and the average precision of each window's candidate pairs ranked by its left-out model (the pair decisions
/// alone, before the story score). <c>--drop</c> zeroes features, for ablations; <c>--linkage</c> scores the clusterer with another
/// <see cref="StoryLinkage"/> (<c>top:K</c> is <see cref="StoryLinkage.TopMean"/> over K members). Deterministic: same gold, same weights.
/// </summary>
internal static class StoryTrain
{
    private const double L2 = 1.0;
    private static readonly double[] Thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    public static int Run(string[] args)
    {
        var golds = new List<string>();
        var drop = new HashSet<string>(StringComparer.Ordinal);
        var linkage = new StoryClustererOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--drop" && i + 1 < args.Length)
                drop.UnionWith(args[++i].Split(','));
            else if (args[i] == "--linkage" && i + 1 < args.Length)
            {
                var parsed = ParseLinkage(args[++i]);
                if (parsed is null)
                {
                    Console.Error.WriteLine($"quality story-train: unknown linkage '{args[i]}' (mean, top:K, retrieved, noisyor)");
                    return 2;
                }
                linkage = parsed;
            }
            else
                golds.Add(args[i]);
        }
        if (golds.Count < 1)
        {
            Console.Error.WriteLine("usage: quality story-train DEV.jsonl [DEV2.jsonl …] [--drop feature,feature] [--linkage mean|top:K|retrieved|noisyor]");
            return 2;
        }
        var unknown = drop.Where(d => !StoryPairModel.FeatureNames.Contains(d)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"quality story-train: unknown feature {string.Join(", ", unknown)} (features: {string.Join(", ", StoryPairModel.FeatureNames)})");
            return 2;
        }
        var mask = StoryPairModel.FeatureNames.Select(n => drop.Contains(n) ? 0.0 : 1.0).ToArray();
        var windows = golds.Select(StoryTuning.Window.Load).ToList();
        var features = windows.Select(w => w.Articles.Select(a => StoryFeatures.Of(a)!).ToList()).ToList();
        var pairs = windows.Select((w, i) => Pairs(w, features[i], mask)).ToList();
        for (var i = 0; i < windows.Count; i++)
            Console.WriteLine($"{Path.GetFileName(golds[i])}: {pairs[i].X.Count} candidate pairs, {pairs[i].Y.Count(v => v)} same-story");
        PrintFeatureMeans(pairs);
        var model = Fit([.. pairs.SelectMany(p => p.X)], [.. pairs.SelectMany(p => p.Y)]);
        for (var i = 0; i < model.Weights.Count; i++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {StoryPairModel.FeatureNames[i],-24} {model.Weights[i],8:0.####}"));
        Console.WriteLine(model.ToCSharp());
        Console.WriteLine("trained on every window, scored on each:");
        foreach (var threshold in Thresholds)
        {
            var scores = windows.Select((w, i) => w.Score(features[i], linkage with { MinProbability = threshold }, model)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00}: mean F1 {scores.Average(s => s.F1):0.000}  [{string.Join(" | ", scores)}]"));
        }
        if (windows.Count < 2)
            return 0;
        // each window scored by the model trained on the others: the threshold is chosen on what it did not see
        Console.WriteLine("trained on the other windows, scored on each (leave one window out):");
        var held = Enumerable.Range(0, windows.Count).Select(i => Fit([.. pairs.Where((_, j) => j != i).SelectMany(p => p.X)], [.. pairs.Where((_, j) => j != i).SelectMany(p => p.Y)])).ToList();
        foreach (var threshold in Thresholds)
        {
            var scores = windows.Select((w, i) => w.Score(features[i], linkage with { MinProbability = threshold }, held[i])).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00}: mean F1 {scores.Average(s => s.F1):0.000}  [{string.Join(" | ", scores)}]"));
        }
        // the pair decisions alone, before the clusterer's story score: how well the left-out model ranks the candidate pairs
        var precisions = pairs.Select((p, i) => AveragePrecision(p.X, p.Y, held[i])).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"candidate pairs ranked by the left-out model, average precision: mean {precisions.Average():0.000}  [{string.Join(" | ", precisions.Select(v => v.ToString("0.000", CultureInfo.InvariantCulture)))}]"));
        return 0;
    }

    /// <summary>Each feature's mean over the same-story and the different-story candidate pairs of all windows.</summary>
    private static void PrintFeatureMeans(List<(List<double[]> X, List<bool> Y)> pairs)
    {
        var all = pairs.SelectMany(p => p.X.Zip(p.Y)).ToList();
        var same = all.Where(p => p.Second).Select(p => p.First).ToList();
        var other = all.Where(p => !p.Second).Select(p => p.First).ToList();
        Console.WriteLine("feature means, same-story | different-story pairs:");
        for (var f = 0; f < StoryPairModel.FeatureNames.Count; f++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {StoryPairModel.FeatureNames[f],-24} {same.Average(x => x[f]),7:0.000} | {other.Average(x => x[f]),7:0.000}"));
    }

    /// <summary>Average precision of the pairs ranked by <paramref name="model"/>'s probability (the same-story pairs are the relevant ones).</summary>
    private static double AveragePrecision(List<double[]> x, List<bool> y, StoryPairModel model)
    {
        var ranked = x.Select((f, i) => (P: model.Probability(f), Same: y[i])).OrderByDescending(r => r.P).ToList();
        double hits = 0, sum = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Same)
            {
                hits++;
                sum += hits / (i + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    /// <summary>The clusterer options of a <c>--linkage</c> value (<c>mean</c>, <c>top:K</c>, <c>retrieved</c>, <c>noisyor</c>), or null.</summary>
    private static StoryClustererOptions? ParseLinkage(string value)
    {
        if (value.StartsWith("top:", StringComparison.Ordinal))
        {
            return int.TryParse(value.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k > 0
                ? new StoryClustererOptions { Linkage = StoryLinkage.TopMean, LinkageMembers = k }
                : null;
        }
        return value switch
        {
            "mean" => new StoryClustererOptions { Linkage = StoryLinkage.Mean },
            "retrieved" => new StoryClustererOptions { Linkage = StoryLinkage.RetrievedMean },
            "noisyor" => new StoryClustererOptions { Linkage = StoryLinkage.NoisyOr },
            _ => null,
        };
    }

    /// <summary>
    /// The window replayed in publication order, each article put into its gold story: every candidate pair the
    /// clusterer's index retrieves with both articles in the gold (not uncertain), its features (masked) and whether
    /// the two share a story.
    /// </summary>
    private static (List<double[]> X, List<bool> Y) Pairs(StoryTuning.Window window, List<StoryArticle> features, double[] mask)
    {
        var clusterer = new StoryClusterer();
        var x = new List<double[]>();
        var y = new List<bool>();
        foreach (var f in features)
        {
            if (window.Gold.TryGetValue(f.Id, out var g))
            {
                clusterer.VisitCandidates(f, (member, pair) =>
                {
                    if (window.Gold.TryGetValue(member.Id, out var h))
                    {
                        x.Add([.. pair.Zip(mask, (v, m) => v * m)]);
                        y.Add(g == h);
                    }
                });
            }
            clusterer.Restore(f, window.Gold.TryGetValue(f.Id, out var story) ? "gold-" + story.ToString(CultureInfo.InvariantCulture) : f.Id);
        }
        return (x, y);
    }

    /// <summary>L2-regularized (bias excluded) logistic regression by Newton–Raphson steps.</summary>
    internal static StoryPairModel Fit(List<double[]> x, List<bool> y)
    {
        var n = x[0].Length + 1;
        var theta = new double[n];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            var row = new double[n];
            for (var s = 0; s < x.Count; s++)
            {
                x[s].CopyTo(row, 0);
                row[n - 1] = 1;
                double z = 0;
                for (var j = 0; j < n; j++)
                    z += theta[j] * row[j];
                var p = 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
                var d = p - (y[s] ? 1 : 0);
                var h = p * (1 - p);
                for (var j = 0; j < n; j++)
                {
                    gradient[j] += d * row[j];
                    for (var k = 0; k < n; k++)
                        hessian[j, k] += h * row[j] * row[k];
                }
            }
            for (var j = 0; j < n - 1; j++)
            {
                gradient[j] += L2 * theta[j];
                hessian[j, j] += L2;
            }
            var step = Solve(hessian, gradient);
            var largest = 0.0;
            for (var j = 0; j < n; j++)
            {
                theta[j] -= step[j];
                largest = Math.Max(largest, Math.Abs(step[j]));
            }
            if (largest < 1e-8)
                break;
        }
        return new StoryPairModel
        {
            Weights = [.. theta[..^1].Select(w => Math.Round(w, 4))],
            Bias = Math.Round(theta[^1], 4),
        };
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = new double[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
                m[i, j] = a[i, j];
            m[i, n] = b[i];
        }
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                    pivot = r;
            }
            for (var k = 0; k <= n; k++)
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            for (var r = 0; r < n; r++)
            {
                if (r == c || m[c, c] == 0)
                    continue;
                var f = m[r, c] / m[c, c];
                for (var k = c; k <= n; k++)
                    m[r, k] -= f * m[c, k];
            }
        }
        var result = new double[n];
        for (var i = 0; i < n; i++)
            result[i] = m[i, n] / m[i, i];
        return result;
    }
}
