namespace Marsad.Storage.Stories;

/// <summary>A story's label (its most central headline), stored when the story changes.</summary>
public sealed record StoryLabel(string StoryId, string Label);
