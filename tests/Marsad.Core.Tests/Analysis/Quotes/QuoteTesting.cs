using Marsad.Analysis.Entities;
using Marsad.Analysis.Quotes;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>Runs the quotation step on paragraphs written in a test.</summary>
internal static class QuoteTesting
{
    private static readonly Lazy<EntityRecognizer> Recognizer = new(() => new EntityRecognizer());

    /// <summary>The quotations of the paragraphs, without entity mentions (the step on its own).</summary>
    public static List<Quotation> Find(params string[] paragraphs) => Run(paragraphs, withEntities: false);

    /// <summary>The quotations of the paragraphs after the entity step, as in the default pipeline.</summary>
    public static List<Quotation> FindWithEntities(params string[] paragraphs) => Run(paragraphs, withEntities: true);

    private static List<Quotation> Run(string[] paragraphs, bool withEntities)
    {
        var article = new Article();
        article.SetParagraphs(paragraphs);
        if (withEntities)
            Recognizer.Value.Analyze(article);
        new QuoteExtractor().Analyze(article);
        foreach (var q in article.Quotes)
        {
            // every quotation is an exact span of the body
            if (article.Text[q.Start..q.End] != q.Text)
                throw new InvalidOperationException($"quote '{q.Text}' is not the span {q.Start}..{q.End} of the text");
        }
        return article.Quotes;
    }

    public static Quotation Single(params string[] paragraphs)
    {
        var quotes = Find(paragraphs);
        return quotes.Count == 1 ? quotes[0] : throw new InvalidOperationException($"expected one quotation, found {quotes.Count}: " + string.Join(" | ", quotes.Select(q => q.Text)));
    }
}
