using Marsad.Stories;

namespace Marsad.Storage.Stories;

/// <summary>One article's story assignment, to store.</summary>
/// <param name="StoryId">The story it joined or started.</param>
/// <param name="Features">Its clustering features (the article id is <c>Features.Id</c>).</param>
/// <param name="Day">Its publication day as the outlet dated it (the UTC day of its time when it has no date).</param>
/// <param name="Similarity">Similarity to the story when it joined (1 for a copy, 0 when it started the story).</param>
/// <param name="CopyOf">The stored article it was found to copy, if any.</param>
public sealed record StoryMemberRecord(string StoryId, StoryArticle Features, DateOnly Day, double Similarity, string? CopyOf);
