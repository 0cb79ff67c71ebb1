using Marsad.Extraction;

namespace Marsad.Analysis;

/// <summary>
/// Composes extraction and the analysis steps in one place: a raw document goes in, a complete
/// <see cref="Article"/> comes out.
/// </summary>
public sealed class ArticlePipeline
{
    private readonly ArticleExtractor _extractor;

    public ArticlePipeline(ArticleExtractor extractor, IReadOnlyList<IAnalysisStep> steps)
    {
        _extractor = extractor;
        Steps = steps;
    }

    /// <summary>Marsad's standard pipeline with every step it ships.</summary>
    public static ArticlePipeline CreateDefault() => new(ArticleExtractor.Default,
    [
        new Entities.EntityRecognizer(),
        // after the entities step: resolves its mentions to canonical entities
        new Names.EntityResolver(),
        // after entities and names: quotations use their mentions when present, events use quotations
        new Quotes.QuoteExtractor(),
        new Events.EventExtractor(),
        new Topics.TopicClassifier(),
        new Keywords.KeywordExtractor(),
        new Summaries.Summarizer(),
    ]);

    public IReadOnlyList<IAnalysisStep> Steps { get; }

    public Article Process(RawDocument document)
    {
        var article = _extractor.Extract(document);
        foreach (var step in Steps)
            step.Analyze(article);
        return article;
    }
}
