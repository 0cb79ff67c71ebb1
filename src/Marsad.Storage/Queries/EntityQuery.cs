namespace Marsad.Storage.Queries;

/// <summary>Which entities to list.</summary>
public sealed record EntityQuery
{
    /// <summary>Count mentions only in the articles matching this filter.</summary>
    public ArticleFilter Filter { get; init; } = ArticleFilter.None;

    /// <summary>PER, LOC, ORG or MISC; null for all.</summary>
    public string? Type { get; init; }

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }
}
