using System.Globalization;
using Marsad.Stories;

namespace Marsad.Benchmarks.Stories;

/// <summary>
/// `quality story-train DEV.jsonl [DEV2.jsonl …] [--drop feature,…] [--drop-join feature,…] [--linkage L] [--roll-in R] [--join-l2 λ] [--thresholds t,…] [--pairs-out DIR]`:
/// learns the <see cref="StoryPairModel"/> and <see cref="StoryJoinModel"/> weights from the development gold windows.
/// Each window's analyzed articles (the story-tuning cache: real pipeline, NER entity keys) are replayed in
/// publication order through a <see cref="StoryClusterer"/> that puts each one into its gold story; every candidate
/// pair the clusterer's index retrieves with both articles in the gold (not uncertain) is a pair example, labelled same
/// story or not. The join model is then fitted on a second replay, with that pair model's probabilities: at each gold
/// article, every candidate story is an example, positive when it is the article's gold story (<c>--roll-in
/// predicted</c> replays the stories the default clusterer builds instead, <c>both</c> takes both). Both are
/// L2-regularized logistic regressions fitted by Newton's method (IRLS) on the examples of every window. Prints both
/// models' <c>Default</c> lines, the pair scores of the clusterer with them on each window over a threshold range, and —
/// with two windows or more — each window scored by the models fitted on the others (leave one window out: how
/// <see cref="StoryClustererOptions.MinProbability"/> is chosen). <c>--drop</c> and <c>--drop-join</c> zero pair and
/// join features, for ablations; <c>--linkage</c> scores the clusterer with another <see cref="StoryLinkage"/>
/// (<c>top:K</c> is <see cref="StoryLinkage.TopMean"/> over K members, <c>learned</c> the join model);
/// <c>--join-l2</c> sets the join model's L2 weight (default 1); <c>--thresholds</c> scores only the thresholds given
/// (default 0.03–0.90); <c>--pairs-out</c> writes every window's candidate pairs with their features as TSV. Also prints each pair feature's mean over the same-story
/// and the different-story pairs, and the average precision of each window's candidate pairs ranked by its left-out
/// pair model (the pair decisions alone, before the story score). Deterministic: same gold, same weights.
/// </summary>
internal static class StoryTrain
{
    private const double L2 = 1.0;
    private static readonly double[] DefaultThresholds = [0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9];

    public static int Run(string[] args)
    {
        var golds = new List<string>();
        var drop = new HashSet<string>(StringComparer.Ordinal);
        var dropJoin = new HashSet<string>(StringComparer.Ordinal);
        var rollIn = "gold";
        string? pairsOut = null;
        var joinL2 = L2;
        var thresholds = DefaultThresholds;
        var linkage = new StoryClustererOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--drop" && i + 1 < args.Length)
                drop.UnionWith(args[++i].Split(','));
            else if (args[i] == "--drop-join" && i + 1 < args.Length)
                dropJoin.UnionWith(args[++i].Split(','));
            else if (args[i] == "--pairs-out" && i + 1 < args.Length)
                pairsOut = args[++i];
            else if (args[i] == "--roll-in" && i + 1 < args.Length)
                rollIn = args[++i];
            else if (args[i] == "--join-l2" && i + 1 < args.Length)
                joinL2 = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--thresholds" && i + 1 < args.Length)
            {
                var parsed = args[++i].Split(',').Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is > 0 and < 1 ? v : double.NaN).ToArray();
                if (parsed.Any(double.IsNaN))
                {
                    Console.Error.WriteLine($"quality story-train: --thresholds '{args[i]}' is not a comma-separated list of probabilities between 0 and 1");
                    return 2;
                }
                thresholds = parsed;
            }
            else if (args[i] == "--linkage" && i + 1 < args.Length)
            {
                var parsed = ParseLinkage(args[++i]);
                if (parsed is null)
                {
                    Console.Error.WriteLine($"quality story-train: unknown linkage '{args[i]}' (mean, top:K, retrieved, noisyor, learned)");
                    return 2;
                }
                linkage = parsed;
            }
            else
                golds.Add(args[i]);
        }
        if (golds.Count < 1)
        {
            Console.Error.WriteLine("usage: quality story-train DEV.jsonl [DEV2.jsonl …] [--drop feature,feature] [--drop-join feature,feature] [--linkage mean|top:K|retrieved|noisyor|learned]");
            return 2;
        }
        var unknown = drop.Where(d => !StoryPairModel.FeatureNames.Contains(d)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"quality story-train: unknown feature {string.Join(", ", unknown)} (features: {string.Join(", ", StoryPairModel.FeatureNames)})");
            return 2;
        }
        var unknownJoin = dropJoin.Where(d => !StoryJoinModel.FeatureNames.Contains(d)).ToList();
        if (unknownJoin.Count > 0)
        {
            Console.Error.WriteLine($"quality story-train: unknown join feature {string.Join(", ", unknownJoin)} (features: {string.Join(", ", StoryJoinModel.FeatureNames)})");
            return 2;
        }
        var mask = StoryPairModel.FeatureNames.Select(n => drop.Contains(n) ? 0.0 : 1.0).ToArray();
        var joinMask = StoryJoinModel.FeatureNames.Select(n => dropJoin.Contains(n) ? 0.0 : 1.0).ToArray();
        var windows = golds.Select(StoryTuning.Window.Load).ToList();
        var features = windows.Select(w => w.Articles.Select(a => StoryFeatures.Of(a)!).ToList()).ToList();
        var pairs = windows.Select((w, i) => Pairs(w, features[i], mask)).ToList();
        for (var i = 0; i < windows.Count; i++)
            Console.WriteLine($"{Path.GetFileName(golds[i])}: {pairs[i].X.Count} candidate pairs, {pairs[i].Y.Count(v => v)} same-story");
        if (pairsOut is not null)
            WritePairs(pairsOut, golds, pairs);
        PrintFeatureMeans(pairs);
        var model = Fit([.. pairs.SelectMany(p => p.X)], [.. pairs.SelectMany(p => p.Y)]);
        Console.WriteLine("pair model (StoryPairModel.Default):");
        Print(StoryPairModel.FeatureNames, model.Weights, model.ToCSharp());
        var joins = windows.Select((w, i) => JoinExamples(w, features[i], model, joinMask, rollIn)).ToList();
        for (var i = 0; i < windows.Count; i++)
            Console.WriteLine($"{Path.GetFileName(golds[i])}: {joins[i].X.Count} candidate stories, {joins[i].Y.Count(v => v)} the article's gold story");
        var join = FitJoin(joins, joinL2);
        Console.WriteLine("join model (StoryJoinModel.Default):");
        Print(StoryJoinModel.FeatureNames, join.Weights, join.ToCSharp());
        Console.WriteLine($"trained on every window, scored on each ({linkage.Linkage}):");
        Sweep(windows, features, linkage, thresholds, _ => model, _ => join);
        if (windows.Count < 2)
            return 0;
        // each window scored by the models trained on the others: the threshold is chosen on what it did not see
        Console.WriteLine($"trained on the other windows, scored on each (leave one window out, {linkage.Linkage}):");
        var held = Enumerable.Range(0, windows.Count).Select(i => Fit([.. pairs.Where((_, j) => j != i).SelectMany(p => p.X)], [.. pairs.Where((_, j) => j != i).SelectMany(p => p.Y)])).ToList();
        // the join model of a left-out window is fitted on the others' replays with their pair model (only the learned linkage reads it)
        var heldJoin = Enumerable.Range(0, windows.Count).Select(i => linkage.Linkage != StoryLinkage.Learned ? join
            : FitJoin([.. windows.Select((w, j) => (w, j)).Where(p => p.j != i).Select(p => JoinExamples(p.w, features[p.j], held[i], joinMask, rollIn))], joinL2)).ToList();
        Sweep(windows, features, linkage, thresholds, i => held[i], i => heldJoin[i]);
        // the pair decisions alone, before the clusterer's story score: how well the left-out model ranks the candidate pairs
        var precisions = pairs.Select((p, i) => AveragePrecision(p.X, p.Y, held[i])).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"candidate pairs ranked by the left-out model, average precision: mean {precisions.Average():0.000}  [{string.Join(" | ", precisions.Select(v => v.ToString("0.000", CultureInfo.InvariantCulture)))}]"));
        return 0;
    }

    /// <summary>
    /// Each window's candidate pairs as <c>DIR/WINDOW.pairs.tsv</c> (a header, then the label — 1 same story, 0 not —
    /// the pair features and the two article ids, one pair per line), for looking at the pair decision with other tools.
    /// </summary>
    private static void WritePairs(string directory, List<string> golds, List<(List<double[]> X, List<bool> Y, List<(string Article, string Member)> Ids)> pairs)
    {
        Directory.CreateDirectory(directory);
        for (var i = 0; i < golds.Count; i++)
        {
            var path = Path.Combine(directory, Path.GetFileNameWithoutExtension(golds[i]) + ".pairs.tsv");
            using var writer = new StreamWriter(path);
            writer.WriteLine("same\t" + string.Join('\t', StoryPairModel.FeatureNames) + "\tarticle\tmember");
            for (var j = 0; j < pairs[i].X.Count; j++)
                writer.WriteLine((pairs[i].Y[j] ? "1\t" : "0\t") + string.Join('\t', pairs[i].X[j].Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\t" + pairs[i].Ids[j].Article + "\t" + pairs[i].Ids[j].Member);
            Console.WriteLine($"wrote {path}");
        }
    }

    /// <summary>Each feature's mean over the same-story and the different-story candidate pairs of all windows.</summary>
    private static void PrintFeatureMeans(List<(List<double[]> X, List<bool> Y, List<(string Article, string Member)> Ids)> pairs)
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

    private static void Print(IReadOnlyList<string> names, IReadOnlyList<double> weights, string line)
    {
        for (var i = 0; i < weights.Count; i++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[i],-24} {weights[i],8:0.####}"));
        Console.WriteLine(line);
    }

    /// <summary>Scores each window, clustered with its pair and join models, over the thresholds.</summary>
    private static void Sweep(List<StoryTuning.Window> windows, List<List<StoryArticle>> features, StoryClustererOptions linkage, double[] thresholds,
        Func<int, StoryPairModel> model, Func<int, StoryJoinModel> join)
    {
        foreach (var threshold in thresholds)
        {
            var scores = windows.Select((w, i) => w.Score(features[i], linkage with { MinProbability = threshold }, model(i), join(i))).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00}: mean F1 {scores.Average(s => s.F1):0.000}  [{string.Join(" | ", scores)}]"));
        }
    }

    /// <summary>The join model fitted on the candidate-story examples of <paramref name="windows"/>.</summary>
    private static StoryJoinModel FitJoin(List<(List<double[]> X, List<bool> Y)> windows, double l2)
    {
        var fitted = Fit([.. windows.SelectMany(w => w.X)], [.. windows.SelectMany(w => w.Y)], l2);
        return new StoryJoinModel { Weights = fitted.Weights, Bias = fitted.Bias };
    }

    /// <summary>
    /// The join examples of a window: replayed in its gold stories (<paramref name="rollIn"/> "gold"), clustered by the
    /// default mean-linkage clusterer ("predicted": the impure, split stories the join model meets when it decides), or
    /// both.
    /// </summary>
    private static (List<double[]> X, List<bool> Y) JoinExamples(StoryTuning.Window window, List<StoryArticle> features, StoryPairModel model, double[] mask, string rollIn)
    {
        var gold = rollIn is "gold" or "both" ? JoinExamples(window, features, model, mask, predicted: false) : ([], []);
        var predicted = rollIn is "predicted" or "both" ? JoinExamples(window, features, model, mask, predicted: true) : ([], []);
        return ([.. gold.X, .. predicted.X], [.. gold.Y, .. predicted.Y]);
    }

    /// <summary>
    /// The window replayed in publication order, the pair probabilities given by <paramref name="model"/>, each article
    /// put into its gold story or (<paramref name="predicted"/>) where the default clusterer puts it: at each article of
    /// the gold (not uncertain, not a near-duplicate copy, which follows its original without a decision), every
    /// candidate story holding gold articles is an example of <see cref="StoryJoinFeatures"/>, positive when most of its
    /// gold members are in the article's gold story.
    /// </summary>
    private static (List<double[]> X, List<bool> Y) JoinExamples(StoryTuning.Window window, List<StoryArticle> features, StoryPairModel model, double[] mask, bool predicted)
    {
        var clusterer = new StoryClusterer(null, null, model);
        var copies = new DuplicateIndex();
        var x = new List<double[]>();
        var y = new List<bool>();
        foreach (var f in features)
        {
            var copy = f.Fingerprint is null ? null : copies.Add(f.Id, f.Time, f.Fingerprint);
            if (copy is null && window.Gold.TryGetValue(f.Id, out var g))
            {
                clusterer.VisitStories(f, (story, join) =>
                {
                    var label = PluralityStory(window, story);
                    if (label is not null)
                    {
                        x.Add([.. join.Zip(mask, (v, m) => v * m)]);
                        y.Add(label == g);
                    }
                });
            }
            if (predicted)
                clusterer.Add(f);
            else
                clusterer.Restore(f, window.Gold.TryGetValue(f.Id, out var story) ? GoldId(story) : f.Id);
        }
        return (x, y);
    }

    /// <summary>The gold story most of <paramref name="story"/>'s gold members are in (lowest number on a tie), or null when it holds none.</summary>
    private static int? PluralityStory(StoryTuning.Window window, Story story) =>
        story.Articles.Select(a => window.Gold.TryGetValue(a.Id, out var g) ? g : (int?)null).OfType<int>()
            .GroupBy(g => g).OrderByDescending(c => c.Count()).ThenBy(c => c.Key).Select(c => (int?)c.Key).FirstOrDefault();

    private static string GoldId(int story) => "gold-" + story.ToString(CultureInfo.InvariantCulture);

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
            "learned" => new StoryClustererOptions { Linkage = StoryLinkage.Learned },
            _ => null,
        };
    }

    /// <summary>
    /// The window replayed in publication order, each article put into its gold story: every candidate pair the
    /// clusterer's index retrieves with both articles in the gold (not uncertain), its features (masked) and whether
    /// the two share a story.
    /// </summary>
    private static (List<double[]> X, List<bool> Y, List<(string Article, string Member)> Ids) Pairs(StoryTuning.Window window, List<StoryArticle> features, double[] mask)
    {
        var clusterer = new StoryClusterer();
        var x = new List<double[]>();
        var y = new List<bool>();
        var ids = new List<(string, string)>();
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
                        ids.Add((f.Id, member.Id));
                    }
                });
            }
            clusterer.Restore(f, window.Gold.TryGetValue(f.Id, out var story) ? GoldId(story) : f.Id);
        }
        return (x, y, ids);
    }

    /// <summary>L2-regularized (bias excluded) logistic regression by Newton–Raphson steps.</summary>
    internal static StoryPairModel Fit(List<double[]> x, List<bool> y, double l2 = L2)
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
                gradient[j] += l2 * theta[j];
                hessian[j, j] += l2;
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
