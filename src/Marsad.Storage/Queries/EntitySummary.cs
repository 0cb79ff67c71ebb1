namespace Marsad.Storage.Queries;

/// <summary>An entity as lists show it.</summary>
/// <param name="Key">The name key every spelling shares (what links and filters use).</param>
/// <param name="Name">The canonical spelling most often resolved to.</param>
/// <param name="Latin">Its Latin rendering, when known.</param>
/// <param name="Type">PER, LOC, ORG or MISC (the type it is most often tagged with).</param>
/// <param name="Articles">Articles that mention it (within the list's filter).</param>
/// <param name="Mentions">Mentions (within the list's filter).</param>
/// <param name="Variants">Spellings seen anywhere in the store, most frequent first.</param>
public sealed record EntitySummary(string Key, string Name, string? Latin, string Type, long Articles, long Mentions, IReadOnlyList<string> Variants);
