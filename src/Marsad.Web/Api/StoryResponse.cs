using System.Globalization;
using Marsad.Storage.Stories;

namespace Marsad.Web.Api;

/// <summary>A story as <c>GET /api/stories</c> lists it: the JSON of one item of <c>marsad stories --json</c>.</summary>
/// <param name="Id">The story id.</param>
/// <param name="Label">Its most central headline.</param>
/// <param name="Articles">Its article ids in time order.</param>
/// <param name="Sources">Its outlets in order of first report.</param>
/// <param name="First">Time of its earliest article (ISO-8601 UTC).</param>
/// <param name="Last">Time of its latest article (ISO-8601 UTC).</param>
public sealed record StoryItem(string Id, string Label, IReadOnlyList<string> Articles, IReadOnlyList<string> Sources, string First, string Last)
{
    public static StoryItem From(StorySummary s) => new(s.Id, s.Label, s.Articles, s.Sources, StoryJson.Time(s.First), StoryJson.Time(s.Last));
}

/// <summary>
/// One story as <c>GET /api/stories/{id}</c> gives it: the JSON of <c>marsad story ID --json</c> — the fields of
/// <see cref="StoryItem"/>, then <c>originals</c> (articles that are the original, earliest report, of a group of
/// near-duplicate copies), <c>entities</c> (those its articles mention most, with how many of its articles mention each)
/// and <c>timeline</c> (its articles in time order).
/// </summary>
public sealed record StoryResponse(string Id, string Label, IReadOnlyList<string> Articles, IReadOnlyList<string> Sources, string First, string Last,
    IReadOnlyList<string> Originals, IReadOnlyList<StoryResponse.Entity> Entities, IReadOnlyList<StoryResponse.Entry> Timeline)
{
    public static StoryResponse From(StoryDetail d)
    {
        var s = d.Summary;
        return new(s.Id, s.Label, s.Articles, s.Sources, StoryJson.Time(s.First), StoryJson.Time(s.Last), d.Originals,
            [.. d.Entities.Select(e => new Entity(e.Key, e.Name, e.Type, e.Count))],
            [.. d.Timeline.Select(t => new Entry(t.Id, StoryJson.Time(t.Time), t.Headline, t.Source, t.Url, t.DuplicateOf, t.Copies))]);
    }

    /// <summary>An entity of the story; <c>articles</c> is how many of the story's articles mention it.</summary>
    public sealed record Entity(string Key, string Name, string Type, long Articles);

    /// <summary>
    /// One article of the timeline: <c>duplicate_of</c> is the original wire report it copies (or null), <c>copies</c> how
    /// many articles of the story copy it.
    /// </summary>
    public sealed record Entry(string Id, string Time, string Headline, string? Source, string? Url, string? DuplicateOf, int Copies);
}

/// <summary>Story times as the JSON gives them (as <c>marsad stories --json</c>): ISO-8601 UTC to the second.</summary>
internal static class StoryJson
{
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
