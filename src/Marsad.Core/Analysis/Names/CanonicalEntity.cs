namespace Marsad.Analysis.Names;

/// <summary>
/// One real-world name as the store keeps it: the <paramref name="Key"/> every spelling shares
/// (<see cref="NameKey.Compute"/>), its type, the fullest spelling, the Latin rendering, the spellings seen and how many
/// mentions there were. A search for any spelling computes its key and finds the entity.
/// </summary>
public sealed record CanonicalEntity(string Key, string Type, string Canonical, string? Latin, IReadOnlyList<string> Variants, int Mentions);
