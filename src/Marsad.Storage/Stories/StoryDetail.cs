namespace Marsad.Storage.Stories;

/// <summary>A story in full, as <c>marsad story ID</c> shows it.</summary>
/// <param name="Summary">Id, label, time span, article ids and outlets.</param>
/// <param name="Timeline">Its articles in time order.</param>
/// <param name="Entities">The entities its articles mention most, by number of articles.</param>
public sealed record StoryDetail(StorySummary Summary, IReadOnlyList<StoryTimelineEntry> Timeline, IReadOnlyList<EntityFacetCount> Entities)
{
    /// <summary>Articles that are the original (earliest report) of a group of near-duplicate copies within the story.</summary>
    public IReadOnlyList<string> Originals => [.. Timeline.Where(t => t.Copies > 0).Select(t => t.Id)];
}

/// <summary>One article of a story's timeline.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Time">Publication time (UTC; when it was seen, for an undated article).</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Source">Its outlet.</param>
/// <param name="Url">Its address.</param>
/// <param name="DuplicateOf">The original wire report this article copies (the earliest of its near-duplicate group), or null.</param>
/// <param name="Copies">How many articles of the story copy this one (it is their original).</param>
public sealed record StoryTimelineEntry(string Id, DateTimeOffset Time, string Headline, string? Source, string? Url, string? DuplicateOf, int Copies);
