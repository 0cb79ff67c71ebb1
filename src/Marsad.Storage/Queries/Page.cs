namespace Marsad.Storage.Queries;

/// <summary>One page of a list.</summary>
/// <param name="Total">How many items the whole list has.</param>
/// <param name="Offset">Items skipped before this page.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Items">The items of this page.</param>
public sealed record Page<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);

/// <summary>Paging of a list request.</summary>
public static class Paging
{
    /// <summary>The largest page any list returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Throws when <paramref name="limit"/> or <paramref name="offset"/> is out of range.</summary>
    /// <exception cref="SearchQueryException">The page is out of range.</exception>
    public static void Check(int limit, int offset)
    {
        if (limit is < 1 or > MaxLimit)
            throw new SearchQueryException($"limit must be between 1 and {MaxLimit} (got {limit})");
        if (offset is < 0 or > 1_000_000)
            throw new SearchQueryException($"offset must be between 0 and 1000000 (got {offset})");
    }
}
