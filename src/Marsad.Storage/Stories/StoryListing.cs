namespace Marsad.Storage.Stories;

/// <summary>What both backends share when listing stories.</summary>
internal static class StoryListing
{
    /// <summary>Entities shown for a story.</summary>
    public const int EntityCount = 20;

    /// <summary>
    /// The common table both backends list from: <c>sized(story, n, last)</c>, the stories with a member published in
    /// [@from, @to] and at least @min members (all of them counted, in the period or not).
    /// </summary>
    public const string SizedStories = """
        WITH sized AS (
            SELECT m.story AS story, count(*) AS n, max(m.time) AS last FROM story_members m
            WHERE m.story IN (SELECT story FROM story_members WHERE day >= @from AND day <= @to)
            GROUP BY m.story HAVING count(*) >= @min)
        """;

    /// <summary>How many stories <see cref="SizedStories"/> holds (that have a stored story row).</summary>
    public const string CountSizedStories = SizedStories + "\nSELECT count(*) FROM sized JOIN stories s ON s.id = sized.story";

    /// <summary>Summaries of the stories in <paramref name="labels"/>, most articles first, then the latest.</summary>
    public static IReadOnlyList<StorySummary> Order(Dictionary<string, string> labels, Dictionary<string, List<StoryTimeline.Member>> members) =>
        [.. labels.Where(l => members.ContainsKey(l.Key))
            .Select(l => StoryTimeline.Summarize(l.Key, l.Value, StoryTimeline.Build(members[l.Key])))
            .OrderByDescending(s => s.Articles.Count).ThenByDescending(s => s.Last).ThenBy(s => s.Id, StringComparer.Ordinal)];
}
