namespace Marsad.Storage.Stories;

/// <summary>
/// Builds a story's timeline from its stored members: near-duplicate groups are the members joined by their copy links
/// (each copy was linked to the article it shares most text with), and a group's original is its earliest member — the
/// wire report the others republished — whatever order the articles arrived in.
/// </summary>
internal static class StoryTimeline
{
    /// <summary>A stored member as read for the timeline.</summary>
    public sealed record Member(long Sequence, string Id, DateTimeOffset Time, string Headline, string? Source, string? Url, string? CopyOf);

    public static List<StoryTimelineEntry> Build(IReadOnlyList<Member> members)
    {
        var ordered = members.OrderBy(m => m.Time).ThenBy(m => m.Sequence).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
            index[ordered[i].Id] = i;
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        }
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].CopyOf is { } other && index.TryGetValue(other, out var j))
            {
                int a = Find(i), b = Find(j);
                // the root is the earliest member (lowest position in time order): the group's original
                if (a != b)
                    parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
        var copies = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var root = Find(i);
            if (root != i)
                copies[root]++;
        }
        return [.. ordered.Select((m, i) =>
        {
            var root = Find(i);
            return new StoryTimelineEntry(m.Id, m.Time, m.Headline, m.Source, m.Url, root == i ? null : ordered[root].Id, copies[i]);
        })];
    }

    /// <summary>The summary of a story from its timeline.</summary>
    public static StorySummary Summarize(string id, string label, IReadOnlyList<StoryTimelineEntry> timeline) =>
        new(id, label, timeline.Count > 0 ? timeline[0].Time : default, timeline.Count > 0 ? timeline[^1].Time : default,
            [.. timeline.Select(t => t.Id)], [.. timeline.Select(t => t.Source).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)]);
}
