namespace Marsad.Analysis.Topics;

/// <summary>
/// Analysis step "topic": labels an article with the most probable topic of the shipped <see cref="TopicModel"/>
/// (<c>topics/topic-model.bin.gz</c>), or leaves it null when the model is not confident. The model knows only the
/// labels it had training data for (see docs/models.md): health and security are never predicted.
/// </summary>
public sealed class TopicClassifier : IAnalysisStep
{
    /// <summary>The embedded resource path of the shipped model.</summary>
    public const string ResourcePath = "topics/topic-model.bin.gz";

    private static readonly Lazy<TopicModel> Shipped = new(() => TopicModel.Load(EmbeddedData.Open(ResourcePath)));
    private readonly Lazy<TopicModel> _model;

    /// <summary>A classifier over the shipped model.</summary>
    public TopicClassifier()
        : this(Shipped, DefaultMinProbability)
    {
    }

    /// <summary>A classifier over <paramref name="model"/> that answers only at <paramref name="minProbability"/> or above.</summary>
    public TopicClassifier(TopicModel model, double minProbability = DefaultMinProbability)
        : this(new Lazy<TopicModel>(model), minProbability)
    {
    }

    private TopicClassifier(Lazy<TopicModel> model, double minProbability)
    {
        _model = model;
        MinProbability = minProbability;
    }

    /// <summary>
    /// Below this probability the article gets no topic. Chosen on the dev split (docs/benchmarks.md): most articles the
    /// model gets wrong are the ones it spreads over two or three labels.
    /// </summary>
    public const double DefaultMinProbability = 0.3;

    public double MinProbability { get; }

    public string Name => "topic";

    public void Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Topic = Classify(article.Headline, article.Text);
    }

    /// <summary>The topic of a headline and body, or null when no label reaches <see cref="MinProbability"/> or there is no text.</summary>
    public TopicLabel? Classify(string? headline, string? text)
    {
        if (string.IsNullOrWhiteSpace(headline) && string.IsNullOrWhiteSpace(text))
            return null;
        var model = _model.Value;
        var p = model.Probabilities(headline, text);
        var best = 0;
        for (var k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
                best = k;
        }
        return p[best] >= MinProbability ? new TopicLabel(model.Labels[best], Math.Round(p[best], 4)) : null;
    }
}
