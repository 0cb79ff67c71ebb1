namespace Marsad.Storage.Search;

/// <summary>What a backend reads for one hit before snippets are cut.</summary>
internal sealed record HitRow(
    string Id,
    double Score,
    string Headline,
    string? Published,
    string? Source,
    string? Agency,
    string? Topic,
    string? Url,
    Func<Article?> LoadArticle,
    string? StoryId = null);
