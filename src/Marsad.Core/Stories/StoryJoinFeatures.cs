namespace Marsad.Stories;

/// <summary>
/// What the <see cref="StoryJoinModel"/> reads of an article and one candidate story: how the article's pair
/// probabilities with the members combine (mean over all members, over the retrieved ones, the best, the mean of the
/// best three, the share retrieved), the story's size and time span, the article's time gap to it, the cosine of the
/// article with the story's term/entity centroid, how many members carry the article's entities, and whether the
/// best-linked member is a wire copy. Every value comes from running sums of the story or of the article's retrieved
/// pairs, so it costs the same however large the story is.
/// </summary>
internal static class StoryJoinFeatures
{
    /// <summary>Names of the features, in the order of <see cref="StoryJoinModel.Weights"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "mean-all", "mean-retrieved", "best", "best-3-mean", "share-retrieved", "log-size",
        "time-gap", "story-span", "centroid-cosine", "entity-share", "best-is-copy",
    ];

    private static readonly double LogDays = Math.Log(1 + 72);

    /// <summary>
    /// The features of joining <paramref name="article"/> to <paramref name="story"/>, given what its retrieved members
    /// gave (<paramref name="links"/>) and whether the best-linked one is a copy, into <paramref name="into"/> (length
    /// <see cref="Names"/>.Count).
    /// </summary>
    public static void Compute(StoryArticle article, Story story, in StoryLinks links, bool bestIsCopy, Span<double> into)
    {
        var size = story.Articles.Count;
        var gap = Math.Max(0, Math.Max((article.Time - story.Last).TotalHours, (story.First - article.Time).TotalHours));
        double dot = 0;
        foreach (var (k, v) in article.Vector)
        {
            if (story.Centroid.TryGetValue(k, out var w))
                dot += v * w;
        }
        double share = 0;
        var entities = 0;
        foreach (var e in article.Entities)
        {
            share += (double)story.EntityCounts.GetValueOrDefault(e) / size;
            entities++;
        }
        into[0] = links.Sum / size;
        into[1] = links.Count > 0 ? links.Sum / links.Count : 0;
        into[2] = links.First;
        into[3] = links.TopMean(3, size);
        into[4] = (double)links.Count / size;
        into[5] = Math.Log(size) / Math.Log(64);
        into[6] = Math.Log(1 + gap) / LogDays;
        into[7] = Math.Log(1 + (story.Last - story.First).TotalHours) / LogDays;
        into[8] = story.CentroidNorm > 0 ? dot / story.CentroidNorm : 0;
        into[9] = entities > 0 ? share / entities : 0;
        into[10] = bestIsCopy ? 1 : 0;
    }
}
