namespace Marsad.Storage;

/// <summary>
/// Where Marsad keeps articles and everything found in them, and how it searches them. Two backends implement it:
/// an embedded single-file SQLite store and PostgreSQL (shared by many processes). Both run the same versioned
/// migrations on open, index the same search terms (Marsad's own analyzer) and rank with the same BM25, so a query
/// means the same thing on either. Every member is safe to call concurrently; writes are serialized by the backend.
/// </summary>
public interface IArticleStore : IAsyncDisposable, Stories.IStoryStore
{
    /// <summary>A human description of the store for messages ("SQLite store ./marsad-data/marsad.db").</summary>
    string Description { get; }

    /// <summary>The schema version the store is at after migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>Which of <paramref name="contentHashes"/> belong to an article already stored (re-ingest is a no-op).</summary>
    Task<IReadOnlySet<string>> FindStoredContentHashesAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a batch in one transaction: an article whose id is new is added; one whose id is stored with another
    /// content hash replaces the older version (with all its findings); one stored with the same hash is left alone.
    /// Either the whole batch is stored or none of it.
    /// </summary>
    /// <returns>One outcome per record, in order.</returns>
    Task<IReadOnlyList<WriteOutcome>> WriteAsync(IReadOnlyList<ArticleRecord> batch, CancellationToken cancellationToken = default);

    /// <summary>The stored article with <paramref name="id"/>, or <see langword="null"/>.</summary>
    Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The raw document an article was made from (for re-analysis), or <see langword="null"/>.</summary>
    Task<Marsad.Extraction.RawDocument?> GetRawDocumentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Full-text search with filters, facets, snippets, sorting and paging.</summary>
    /// <exception cref="SearchQueryException">The query cannot be run (e.g. it only excludes words and has no filter).</exception>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every stored article matching <paramref name="filter"/> (and <paramref name="query"/> when given), oldest key first,
    /// streamed so exports of any size run in constant memory.
    /// </summary>
    IAsyncEnumerable<Article> ExportAsync(ArticleFilter filter, string? query = null, CancellationToken cancellationToken = default);

    /// <summary>Counts per source, day and topic (over the articles matching <paramref name="filter"/>).</summary>
    Task<StoreStatistics> GetStatisticsAsync(ArticleFilter? filter = null, CancellationToken cancellationToken = default);
}
