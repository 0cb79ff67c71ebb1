namespace Marsad.Stories;

/// <summary>How the <see cref="StoryClusterer"/> decides that an article belongs to a story.</summary>
public sealed record StoryClustererOptions
{
    /// <summary>An article is compared with the indexed articles published within this much of its time.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(2);

    /// <summary>
    /// An article joins a story only when it comes within this much of the story's first article: a story is one event
    /// and its follow-ups, not a thread of related reports that drifts on for weeks.
    /// </summary>
    public TimeSpan MaxSpan { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Least story score (by default the join model's probability that the article belongs to the story; see
    /// <see cref="Linkage"/>) for the article to join it. Chosen on the three development gold windows (2018-04-10/11,
    /// 2018-03-21/22, 2018-06-04/05), each scored by the models trained on the other two (docs/benchmarks.md): the middle
    /// of the flat stretch 0.05–0.15; kept in session 6, when the fourth window (2018-07-10/11) left out in turn with the
    /// others scored best at it (flat 0.07–0.15).
    /// </summary>
    public double MinProbability { get; init; } = 0.10;

    /// <summary>
    /// How a story's score combines the article's pair probabilities with its members. <see cref="StoryLinkage.Learned"/>,
    /// the default, scored best when the threshold is chosen leave-one-window-out on the three development windows; the
    /// others are kept for that comparison (docs/benchmarks.md, "Story linkage" and "Learned join decision").
    /// </summary>
    public StoryLinkage Linkage { get; init; } = StoryLinkage.Learned;

    /// <summary>How many best-linked members <see cref="StoryLinkage.TopMean"/> averages.</summary>
    public int LinkageMembers { get; init; } = 3;

    /// <summary>An article's heaviest terms used as index keys.</summary>
    public int LookupTerms { get; init; } = 12;

    /// <summary>An article's entities (first mentioned first) used as index keys.</summary>
    public int LookupEntities { get; init; } = 10;

    /// <summary>Articles kept per (day, key) in the index, newest last: bounds the work per article.</summary>
    public int MaxPosting { get; init; } = 64;
}
