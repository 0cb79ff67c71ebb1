namespace Marsad.Stories;

/// <summary>What <see cref="StoryFeatures"/> reads of an article and how it weighs it.</summary>
public sealed record StoryFeatureOptions
{
    /// <summary>The defaults (chosen on the development gold window, docs/benchmarks.md).</summary>
    public static StoryFeatureOptions Default { get; } = new();

    /// <summary>Terms kept per article: the distinctive ones carry the event; the long tail only adds noise and index work.</summary>
    public int MaxTerms { get; init; } = 30;

    /// <summary>Headline terms kept per article (rarest first).</summary>
    public int MaxTitleTerms { get; init; } = 12;

    /// <summary>Sentences of the body read as the lead.</summary>
    public int LeadSentences { get; init; } = 2;

    /// <summary>An entity weighs this much relative to the article's heaviest term.</summary>
    public float EntityWeight { get; init; } = 0.8f;

    /// <summary>Entities kept per article (those mentioned first).</summary>
    public int MaxEntities { get; init; } = 10;
}
