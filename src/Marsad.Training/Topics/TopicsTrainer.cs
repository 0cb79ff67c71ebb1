using System.Globalization;
using Marsad.Analysis.Topics;
using Marsad.Training.Corpora;

namespace Marsad.Training.Topics;

/// <summary>
/// Trains the topic model on ANT (copies merged before the split; docs/models.md has the label map), reports dev and
/// test figures, and writes the model. Options: --desks filter|politics|drop, --desk-weight W, --ngram N, --epochs N, --rate R, --l2 L,
/// --min-df N, --min-probability P, --out PATH, --report PATH (markdown), --no-write.
/// </summary>
internal sealed class TopicsTrainer : ITrainer
{
    public string Description => "topic model over ANT v1.1 + v2.1 → src/Marsad.Core/Resources/topics/topic-model.bin.gz";

    public int Run(string[] args)
    {
        var o = Options.Parse(args);
        var groups = DedupedCorpus.Load(Console.Error.WriteLine);
        var examples = TopicLabelMap.Build(groups, desksAsPolitics: o.Desks != "drop");
        if (o.Desks == "filter")
        {
            // label the desks by content: a desk text that a model trained without desks confidently puts under
            // another topic (a transfer story on the world desk) is left out rather than taught as politics
            var topical = Train([.. examples.Where(e => !e.Desk)], o);
            var before = examples.Count;
            examples = [.. examples.Where(e => !e.Desk || !IsOtherTopic(topical, e))];
            Console.Error.WriteLine($"desk filter: {before - examples.Count} desk texts left out as another topic");
        }
        var model = Train(examples, o);
        var deskTest = o.Desks == "drop"
            ? [.. TopicLabelMap.Build(groups, desksAsPolitics: true).Where(e => e.Split == "test" && e.Desk)]
            : examples.Where(e => e.Split == "test" && e.Desk).ToList();
        var deskPolitics = deskTest.Count(e =>
        {
            var p = model.Probabilities(e.Title, e.Text);
            return model.Labels[Array.IndexOf(p, p.Max())] == TopicLabels.Politics;
        });
        Console.Error.WriteLine($"desk test texts predicted politics: {deskPolitics} / {deskTest.Count}");

        var report = TopicEvaluation.Report(model, [.. examples.Where(e => e.Split == "dev")], o.MinProbability, "dev split")
            + "\n" + TopicEvaluation.Report(model, [.. examples.Where(e => e.Split == "test")], o.MinProbability, "test split");
        Console.WriteLine(report);
        if (o.Report is not null)
            File.WriteAllText(o.Report, report);
        if (!o.NoWrite)
        {
            using (var stream = File.Create(o.Out))
                model.Save(stream, o.MinWeight);
            // the saved model is pruned and stored at half precision: score what ships, not what trained
            using var reread = File.OpenRead(o.Out);
            var shipped = TopicModel.Load(reread);
            Console.Error.WriteLine($"wrote {o.Out}: {shipped.FeatureCount} features, {new FileInfo(o.Out).Length} bytes");
            Console.WriteLine(TopicEvaluation.Report(shipped, [.. examples.Where(e => e.Split == "test")], o.MinProbability, "test split, shipped model"));
        }
        return 0;
    }

    private static TopicModel Train(List<TopicExample> examples, Options o)
    {
        var labels = TopicLabels.All.Where(l => examples.Any(e => e.Label == l)).ToList();
        Console.Error.WriteLine("labels with training data: " + string.Join(", ",
            labels.Select(l => l + " " + examples.Count(e => e.Split == "train" && e.Label == l).ToString(CultureInfo.InvariantCulture))));
        var train = examples.Where(e => e.Split == "train" && e.Label is not null).ToList();
        var featureSets = train.Select(e => TopicFeatures.Extract(e.Title, e.Text, o.Ngram)).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in featureSets)
        {
            foreach (var name in f.Keys)
                df[name] = df.GetValueOrDefault(name) + 1;
        }
        var vocabulary = df.Where(p => p.Value >= o.MinDf).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
            index[vocabulary[i]] = i;
        // classes are weighted towards balance (inverse square root of their size), so the small ones are heard
        var sizes = labels.ToDictionary(l => l, l => train.Count(e => e.Label == l), StringComparer.Ordinal);
        var mean = sizes.Values.Average();
        var data = new List<(int[], float[], int, float)>();
        for (var i = 0; i < train.Count; i++)
        {
            var kept = featureSets[i].Where(p => index.ContainsKey(p.Key)).ToList();
            data.Add(([.. kept.Select(p => index[p.Key])], [.. kept.Select(p => p.Value)], labels.IndexOf(train[i].Label!),
                (float)Math.Sqrt(mean / sizes[train[i].Label!]) * (train[i].Desk ? (float)o.DeskWeight : 1f)));
        }
        Console.Error.WriteLine($"{train.Count} training texts, {vocabulary.Count} features");
        var regression = new SoftmaxRegression(vocabulary.Count, labels.Count);
        regression.Train(data, o.Epochs, o.Rate, o.L2);
        return new TopicModel(labels, o.Ngram, vocabulary, regression.Weights, regression.Bias);
    }

    /// <summary>A desk text is left out when the desk-free model gives another topic at least this probability.</summary>
    private const double FilterProbability = 0.9;

    private static bool IsOtherTopic(TopicModel topical, TopicExample e)
    {
        var p = topical.Probabilities(e.Title, e.Text);
        var best = Array.IndexOf(p, p.Max());
        return TopicEvaluation.TargetLabels.Contains(topical.Labels[best]) && p[best] >= FilterProbability;
    }

    private sealed record Options(string Desks, int Ngram, int Epochs, double Rate, double L2, int MinDf, double MinProbability, float MinWeight, string Out, string? Report, bool NoWrite, double DeskWeight)
    {
        public static Options Parse(string[] args)
        {
            var o = new Options("filter", 4, 8, 0.5, 1e-6, 3, TopicClassifier.DefaultMinProbability, 0.02f,
                Path.Combine("src", "Marsad.Core", "Resources", TopicClassifier.ResourcePath), null, false, 0.3);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
                var inv = CultureInfo.InvariantCulture;
                o = args[i] switch
                {
                    "--desks" => o with { Desks = Next() },
                    "--ngram" => o with { Ngram = int.Parse(Next(), inv) },
                    "--epochs" => o with { Epochs = int.Parse(Next(), inv) },
                    "--rate" => o with { Rate = double.Parse(Next(), inv) },
                    "--l2" => o with { L2 = double.Parse(Next(), inv) },
                    "--min-df" => o with { MinDf = int.Parse(Next(), inv) },
                    "--min-probability" => o with { MinProbability = double.Parse(Next(), inv) },
                    "--min-weight" => o with { MinWeight = float.Parse(Next(), inv) },
                    "--out" => o with { Out = Next() },
                    "--report" => o with { Report = Next() },
                    "--no-write" => o with { NoWrite = true },
                    "--desk-weight" => o with { DeskWeight = double.Parse(Next(), inv) },
                    _ => throw new ArgumentException("unknown option " + args[i]),
                };
            }
            return o;
        }
    }
}
