namespace Marsad.Analysis.Names;

/// <summary>
/// The canonical key of a name as written: two spellings of one name get the same key, different names do not
/// (see docs/architecture.md, "Name variants"). Computed from the spelling alone, so it can index an entity store:
/// ميدفيديف / مدفيديف / ميدفيدف → one key; حسن / حسين → two keys.
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="name"/>; "" when it has no letters.</summary>
    public static string Compute(string? name) => NameKeyBuilder.Default.Compute(name);
}
