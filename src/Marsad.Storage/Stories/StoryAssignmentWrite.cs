namespace Marsad.Storage.Stories;

/// <summary>What an assignment step decided, for <see cref="IStoryStore.AssignStoriesAsync"/> to store.</summary>
/// <param name="Members">The new assignments.</param>
/// <param name="Labels">The labels of the stories they touched.</param>
public sealed record StoryAssignmentWrite(IReadOnlyList<StoryMemberRecord> Members, IReadOnlyList<StoryLabel> Labels);

/// <summary>What <see cref="IStoryStore.AssignStoriesAsync"/> read and wrote.</summary>
/// <param name="LastSequence">The highest sequence read (the one asked after when nothing was read): every assignment up to it has been seen.</param>
/// <param name="Sequences">The sequence numbers given to the new assignments (an article already assigned gets none).</param>
public sealed record StoryAssignmentResult(long LastSequence, IReadOnlyList<long> Sequences);
