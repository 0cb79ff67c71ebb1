namespace Marsad.Storage.Stories;

/// <summary>Which stories <see cref="IStoryStore.ListStoriesAsync"/> lists, and which page of them.</summary>
/// <param name="From">Stories with an article published on or after this day (open when null).</param>
/// <param name="To">Stories with an article published on or before this day (open when null).</param>
/// <param name="MinArticles">Only stories with at least this many articles (all their articles count, in the period or not).</param>
/// <param name="Skip">Stories to skip, in listing order (largest first, then the latest, then by id).</param>
/// <param name="Limit">At most this many stories; null lists every one.</param>
public sealed record StoryListQuery(DateOnly? From = null, DateOnly? To = null, int MinArticles = 1, int Skip = 0, int? Limit = null);
