namespace Marsad.Storage.Stories;

/// <summary>One page of a story listing.</summary>
/// <param name="Total">How many stories match the query (all pages).</param>
/// <param name="Stories">This page's stories, largest first, then the latest.</param>
public sealed record StoryPage(int Total, IReadOnlyList<StorySummary> Stories);
