namespace Marsad.Storage.Search;

/// <summary>Checks a request's paging before any backend sees it.</summary>
internal static class SearchValidation
{
    public const int MaxLimit = 1000;

    public static void Check(SearchRequest request)
    {
        if (request.Limit is < 0 or > MaxLimit)
            throw new SearchQueryException($"--limit must be between 0 and {MaxLimit} (got {request.Limit})");
        if (request.Offset is < 0 or > 1_000_000)
            throw new SearchQueryException($"--offset must be between 0 and 1000000 (got {request.Offset})");
        if (request.EntityFacetSize is < 0 or > 1000)
            throw new SearchQueryException("the entity facet size must be between 0 and 1000");
        if (request.Filter.From is { } from && request.Filter.To is { } to && from > to)
            throw new SearchQueryException($"--from ({from:yyyy-MM-dd}) is after --to ({to:yyyy-MM-dd})");
    }
}
