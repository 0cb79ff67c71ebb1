namespace Marsad.Stories;

/// <summary>How the <see cref="StoryClusterer"/> combines an article's pair probabilities with a story's members into the story's score.</summary>
public enum StoryLinkage
{
    /// <summary>Mean over all the story's members; a member the index does not retrieve counts 0.</summary>
    Mean,

    /// <summary>
    /// Mean of the <see cref="StoryClustererOptions.LinkageMembers"/> highest member probabilities (of fewer when the
    /// story is smaller; unretrieved members count 0): a story grows through its best-linked members.
    /// </summary>
    TopMean,

    /// <summary>Mean over the members the index retrieves only.</summary>
    RetrievedMean,

    /// <summary>Noisy-or of the retrieved members' probabilities: 1 − Π(1 − p).</summary>
    NoisyOr,

    /// <summary>
    /// The <see cref="StoryJoinModel"/>'s probability that the article belongs to the story, learned from how its
    /// pair probabilities with the members combine and from the story's size, span and centroid.
    /// </summary>
    Learned,
}
