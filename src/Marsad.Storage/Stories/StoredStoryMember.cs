using Marsad.Stories;

namespace Marsad.Storage.Stories;

/// <summary>A stored story assignment, as read back to rebuild the clustering state.</summary>
/// <param name="Sequence">Order of assignment across the store (every writer's).</param>
/// <param name="StoryId">The story.</param>
/// <param name="Features">What the clusterer keeps of the article (vector, entities, fingerprint, time).</param>
public sealed record StoredStoryMember(long Sequence, string StoryId, StoryArticle Features);
