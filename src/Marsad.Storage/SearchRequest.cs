namespace Marsad.Storage;

/// <summary>One search: free Arabic text (quotes make a phrase, a leading minus excludes) plus filters and paging.</summary>
public sealed record SearchRequest
{
    /// <summary>The query as the user typed it. Empty lists the articles matching the filter, newest first.</summary>
    public string Query { get; init; } = "";

    /// <summary>
    /// Read <see cref="Query"/> as plain words, without phrase or exclusion syntax: for pasted text such as a headline
    /// ("find the article with this title"), where quotation marks are part of the text.
    /// </summary>
    public bool PlainText { get; init; }

    public ArticleFilter Filter { get; init; } = ArticleFilter.None;

    /// <summary>Hits per page (1–1000).</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Hits to skip (paging).</summary>
    public int Offset { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Whether an article must contain every query word (<see cref="MatchMode.All"/>) or any (ranked).</summary>
    public MatchMode Match { get; init; } = MatchMode.Any;

    /// <summary>Compute facet counts (source, topic, entities, days) over all matches.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>Build highlighted snippets for the hits.</summary>
    public bool IncludeSnippets { get; init; } = true;

    /// <summary>How many entities the entity facet lists.</summary>
    public int EntityFacetSize { get; init; } = 10;
}
