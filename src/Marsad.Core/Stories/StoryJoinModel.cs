namespace Marsad.Stories;

/// <summary>
/// The probability that an article belongs to a candidate story: a logistic regression over
/// <see cref="StoryJoinFeatures"/> (how its <see cref="StoryPairModel"/> probabilities with the members combine, the
/// story's size, span and centroid, the time gap): the story score of <see cref="StoryLinkage.Learned"/>, learned instead
/// of a fixed rule such as "the mean probability over all members", which keeps a big follow-up story from taking a
/// report that resembles a few of its members strongly and most weakly. Not the default: chosen leave one window out,
/// it did not beat the mean (docs/benchmarks.md, "Learned join decision"). The
/// weights were learned by replaying the two development gold windows (tests/data/stories/ant-2018-04-10_11.jsonl and
/// ant-2018-03-21_22.jsonl; never the held-out one) in their gold stories: at each article, every candidate story is
/// an example, positive when it is the article's gold story. Retrain (with the pair model) with
/// <c>dotnet run -c Release --project benchmarks/Marsad.Benchmarks -- quality story-train tests/data/stories/ant-2018-04-10_11.jsonl tests/data/stories/ant-2018-03-21_22.jsonl</c>,
/// which prints the <see cref="Default"/> line to paste here.
/// </summary>
public sealed record StoryJoinModel
{
    /// <summary>Names of the features, in the order of <see cref="Weights"/>.</summary>
    public static IReadOnlyList<string> FeatureNames => StoryJoinFeatures.Names;

    /// <summary>The model trained on the development gold windows (see the type's remarks for the command).</summary>
    public static StoryJoinModel Default { get; } = new()
    {
        Weights = [1.3528, 1.4155, 3.4575, 1.4152, 1.8513, 1.5094, -1.948, 1.2983, 3.1069, 0.1702, -0.5152],
        Bias = -7.4004,
    };

    /// <summary>One weight per feature of <see cref="FeatureNames"/>.</summary>
    public required IReadOnlyList<double> Weights { get; init; }

    public required double Bias { get; init; }

    /// <summary>The probability that the article joins the story, from the features <paramref name="features"/>.</summary>
    public double Probability(ReadOnlySpan<double> features) => LogisticModel.Probability(Weights, Bias, features);

    /// <summary>The model as the C# initializer of <see cref="Default"/> (what the trainer prints).</summary>
    public string ToCSharp() => LogisticModel.ToCSharp(Weights, Bias);
}
