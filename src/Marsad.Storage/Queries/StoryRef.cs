namespace Marsad.Storage.Queries;

/// <summary>A story as links to it show it: its label and size.</summary>
/// <param name="Id">The story id (<c>marsad story ID</c>).</param>
/// <param name="Label">Its most central headline.</param>
/// <param name="Articles">How many articles it has.</param>
/// <param name="Sources">How many outlets reported it.</param>
public sealed record StoryRef(string Id, string Label, long Articles, long Sources);

/// <summary>A story an entity is involved in.</summary>
/// <param name="Story">The story.</param>
/// <param name="Articles">How many of the story's articles mention the entity.</param>
public sealed record EntityStory(StoryRef Story, long Articles);
