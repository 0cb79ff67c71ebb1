using Marsad.Storage;

namespace Marsad.Web.Api;

/// <summary>
/// A search answer, the JSON of <c>marsad search --json</c> (INTERFACES.md) plus the page: highlights are
/// <c>[start, end]</c> pairs of UTF-16 offsets into the snippet (and the headline).
/// </summary>
public sealed record SearchResponse(long Total, int Offset, int Limit, IReadOnlyList<SearchResponse.Hit> Hits, SearchFacets? Facets)
{
    public static SearchResponse From(SearchResults results, SearchRequest request) => new(
        results.Total, request.Offset, request.Limit,
        [.. results.Hits.Select(h => new Hit(h.Id, Math.Round(h.Score, 6), h.Headline, h.Snippet, h.Published, h.Source, h.Agency, h.Topic, h.Url,
            Spans(h.Highlights), Spans(h.HeadlineHighlights), h.StoryId))],
        results.Facets);

    private static int[][] Spans(IReadOnlyList<TextSpan> spans) => [.. spans.Select(s => new[] { s.Start, s.End })];

    /// <summary>One hit; <c>story</c> is the id of its story (<c>/api/stories/{id}</c>), null until it has been assigned one.</summary>
    public sealed record Hit(string Id, double Score, string Headline, string Snippet, string? Published, string? Source, string? Agency,
        string? Topic, string? Url, int[][] Highlights, int[][] HeadlineHighlights, string? Story);
}
