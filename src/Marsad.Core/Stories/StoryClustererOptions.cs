namespace Marsad.Stories;

/// <summary>How the <see cref="StoryClusterer"/> decides that an article belongs to a story.</summary>
public sealed record StoryClustererOptions
{
    /// <summary>An article can join a story whose timeline comes within this much of its time.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(2);

    /// <summary>
    /// An article joins a story only when it comes within this much of the story's first article: a story is one event
    /// and its follow-ups, not a thread of related reports that drifts on for weeks.
    /// </summary>
    public TimeSpan MaxSpan { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Least mean cosine similarity between an article and a story's members (average link) for the article to join it. Chosen with the window on the 2018-04-10/11 gold window with NER entities in the vectors (docs/benchmarks.md).</summary>
    public double MinSimilarity { get; init; } = 0.22;

    /// <summary>An article's heaviest terms used to look stories up in the index.</summary>
    public int LookupTerms { get; init; } = 30;

    /// <summary>Stories kept per (day, term) in the index, newest first: bounds the work per article.</summary>
    public int MaxPosting { get; init; } = 64;
}
