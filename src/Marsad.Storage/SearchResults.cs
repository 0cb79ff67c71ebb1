namespace Marsad.Storage;

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
/// <param name="Total">How many articles match (all pages).</param>
/// <param name="Hits">The requested page of hits.</param>
/// <param name="Facets">Counts over all matches, when asked for.</param>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, SearchFacets? Facets);

/// <summary>One article found by a search.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Score">BM25 score (higher is better); 0 when the query had no words.</param>
/// <param name="Headline">The headline as stored.</param>
/// <param name="HeadlineHighlights">Where query words occur in <paramref name="Headline"/>.</param>
/// <param name="Snippet">A passage of the body around the best matches (original text, never normalized).</param>
/// <param name="Highlights">Where query words occur in <paramref name="Snippet"/>.</param>
/// <param name="Published">Publication time as stored.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Agency">The credited agency.</param>
/// <param name="Topic">The topic label.</param>
/// <param name="Url">The article's address.</param>
/// <param name="StoryId">The story the article belongs to (<c>marsad story ID</c>), when it has been assigned one.</param>
public sealed record SearchHit(
    string Id,
    double Score,
    string Headline,
    IReadOnlyList<TextSpan> HeadlineHighlights,
    string Snippet,
    IReadOnlyList<TextSpan> Highlights,
    string? Published,
    string? Source,
    string? Agency,
    string? Topic,
    string? Url,
    string? StoryId = null);

/// <summary>A range of UTF-16 positions in a string, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>Facet counts over all articles that match a search.</summary>
/// <param name="Sources">Articles per outlet, most first.</param>
/// <param name="Topics">Articles per topic, most first.</param>
/// <param name="Entities">The entities mentioned in most matching articles.</param>
/// <param name="Days">Articles per publication day, oldest first.</param>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Sources,
    IReadOnlyList<FacetCount> Topics,
    IReadOnlyList<EntityFacetCount> Entities,
    IReadOnlyList<FacetCount> Days);

/// <summary>One facet value and the number of matching articles with it.</summary>
public sealed record FacetCount(string Value, long Count);

/// <summary>An entity (by name key) and the number of matching articles that mention it.</summary>
/// <param name="Key">The name key all its spellings share.</param>
/// <param name="Name">A display spelling (the canonical name).</param>
/// <param name="Type">PER, LOC, ORG or MISC.</param>
/// <param name="Count">Matching articles that mention it.</param>
public sealed record EntityFacetCount(string Key, string Name, string Type, long Count);
