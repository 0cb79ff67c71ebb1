namespace Marsad.Storage.Stories;

/// <summary>What both backends share when listing stories.</summary>
internal static class StoryListing
{
    /// <summary>Entities shown for a story.</summary>
    public const int EntityCount = 20;

    /// <summary>Summaries of the stories in <paramref name="labels"/>, most articles first, then the latest.</summary>
    public static IReadOnlyList<StorySummary> Order(Dictionary<string, string> labels, Dictionary<string, List<StoryTimeline.Member>> members) =>
        [.. labels.Where(l => members.ContainsKey(l.Key))
            .Select(l => StoryTimeline.Summarize(l.Key, l.Value, StoryTimeline.Build(members[l.Key])))
            .OrderByDescending(s => s.Articles.Count).ThenByDescending(s => s.Last).ThenBy(s => s.Id, StringComparer.Ordinal)];
}
