namespace Marsad.Storage.Search;

/// <summary>A query reduced to index tokens: clauses to match (any or all) and clauses to exclude.</summary>
internal sealed record ParsedQuery(IReadOnlyList<QueryClause> Include, IReadOnlyList<QueryClause> Exclude)
{
    /// <summary>True when the query has at least one word to match.</summary>
    public bool HasWords => Include.Count > 0;

    /// <summary>True when the query has nothing at all: list by filter only.</summary>
    public bool IsEmpty => Include.Count == 0 && Exclude.Count == 0;

    /// <summary>Every token to mark in snippets.</summary>
    public IReadOnlySet<string> HighlightTokens { get; } = Include.SelectMany(c => c.Tokens).ToHashSet(StringComparer.Ordinal);

    /// <summary>The distinct tokens of the included clauses (for BM25 statistics).</summary>
    public IReadOnlyList<string> IncludedTokens { get; } = Include.SelectMany(c => c.Tokens).Distinct(StringComparer.Ordinal).ToList();
}
