namespace Marsad.Stories;

/// <summary>Where an article went: its story, whether it started it, and why it joined.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="StoryId">Its story.</param>
/// <param name="IsNew">True when the article started the story.</param>
/// <param name="Similarity">Story score of the story it joined: mean same-event probability with its members (1 for a copy, 0 for a new story).</param>
/// <param name="DuplicateOf">The original when the article is a copy of an earlier one.</param>
/// <param name="CopyOf">The indexed article it was found to copy (it shares most text with it), when it is a copy.</param>
public sealed record StoryAssignment(string ArticleId, string StoryId, bool IsNew, double Similarity, string? DuplicateOf, string? CopyOf = null);
