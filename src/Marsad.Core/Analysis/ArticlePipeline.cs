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

    /// <summary>
    /// Extracts and analyzes one document. A step that fails on this article (a defect, never expected) does not cost
    /// the article: its fields stay as the step left them, the overload with <c>failedSteps</c> names it,
    /// and the remaining steps still run.
    /// </summary>
    public Article Process(RawDocument document) => Process(document, out _);

    /// <summary>As <see cref="Process(RawDocument)"/>, also naming the steps that threw (empty when all ran).</summary>
    public Article Process(RawDocument document, out IReadOnlyList<string> failedSteps)
    {
        var article = _extractor.Extract(document);
        List<string>? failed = null;
        foreach (var step in Steps)
        {
            try
            {
                step.Analyze(article);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                (failed ??= []).Add(step.Name + ": " + e.GetType().Name + ": " + e.Message);
            }
        }
        failedSteps = failed ?? (IReadOnlyList<string>)[];
        return article;
    }
}
