using Marsad.Extraction;

namespace Marsad.Storage;

/// <summary>An analyzed article ready to store, with the hash of the raw document it came from.</summary>
/// <param name="Article">The analyzed article; its <see cref="Article.Id"/> is the storage key.</param>
/// <param name="ContentHash">
/// <see cref="ContentHash.Of(RawDocument)"/> of the raw document: the same source id and content give the same hash,
/// so re-ingesting it is a no-op.
/// </param>
/// <param name="Raw">The raw document, kept so that the article can be re-analyzed after a model update.</param>
public sealed record ArticleRecord(Article Article, string ContentHash, RawDocument? Raw = null)
{
    private Internal.ArticleRow? _row;

    /// <summary>
    /// The stored form (JSON, index tokens, derived columns), computed once. The ingestor computes it on the parallel
    /// analysis threads so that the single writer only writes.
    /// </summary>
    internal Internal.ArticleRow Row => _row ??= Internal.ArticleRow.From(this);

    private Marsad.Stories.StoryArticle? _storyFeatures;

    /// <summary>
    /// What story clustering keeps of the article (computed once, on the analysis threads during ingest); an article
    /// without a date is placed at the time it was first asked for, i.e. when it was ingested.
    /// </summary>
    internal Marsad.Stories.StoryArticle StoryFeatures => _storyFeatures ??= Stories.StoryAssigner.Features(Article, DateTimeOffset.UtcNow);

    /// <summary>Computes <see cref="StoryFeatures"/> now (on the calling thread).</summary>
    internal void PrepareStoryFeatures() => _ = StoryFeatures;
}
