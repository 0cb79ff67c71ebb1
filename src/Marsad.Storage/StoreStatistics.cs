namespace Marsad.Storage;

/// <summary>What a store holds: totals and counts per source, day and topic.</summary>
public sealed record StoreStatistics(
    long Articles,
    long EntityMentions,
    long Quotes,
    long Events,
    IReadOnlyList<FacetCount> Sources,
    IReadOnlyList<FacetCount> Days,
    IReadOnlyList<FacetCount> Topics,
    string? FirstDay,
    string? LastDay);
