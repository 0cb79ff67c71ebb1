using Marsad.Stories;

namespace Marsad.Storage.Stories;

/// <summary>
/// The store's side of stories: which story each article belongs to (with the features that decided it, so a later
/// ingest can rebuild the clustering state and continue the same stories), each story's label, and the read views
/// behind <c>marsad stories</c> and <c>marsad story ID</c>. Assignments are written by <see cref="StoryAssigner"/>.
/// </summary>
public interface IStoryStore
{
    /// <summary>Stored assignments with a sequence number above <paramref name="afterSequence"/>, in sequence (assignment) order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredStoryMember>> ReadStoryMembersAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stored articles that have no story yet (stored before stories existed, or by an interrupted ingest), oldest key first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Article>> ReadArticlesWithoutStoryAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// One assignment step, atomic across processes: in one transaction holding the store's story lock, reads the
    /// assignments stored after <paramref name="afterSequence"/> (other writers'), hands them to <paramref name="assign"/>,
    /// and stores the assignments and labels it returns. Because nobody else assigns between the read and the write,
    /// two processes ingesting the same event at the same moment put it in one story, not two. An article already
    /// assigned keeps its story (the write is idempotent).
    /// </summary>
    Task<StoryAssignmentResult> AssignStoriesAsync(long afterSequence, Func<IReadOnlyList<StoredStoryMember>, StoryAssignmentWrite> assign,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Stories with at least one article published in the query's period (either end may be open) and at least its
    /// minimum of articles, largest first: the total and one page. Only the page's stories are read in full, so a long
    /// period costs one aggregate over its story members, not a read of every story.
    /// </summary>
    Task<StoryPage> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken = default);

    /// <summary>One story with its articles in time order, near-duplicate originals and entities, or <see langword="null"/>.</summary>
    Task<StoryDetail?> GetStoryAsync(string id, CancellationToken cancellationToken = default);
}
