using Marsad.Analysis.Names;
using Marsad.Text;

namespace Marsad.Storage.Internal;

/// <summary>
/// The key under which an entity mention is stored and searched: <see cref="NameKey"/>, the same for every spelling of
/// one name (ميدفيديف / مدفيديف). A mention carries its key from the entity resolver; a name a user types in a filter gets
/// its key computed here, so <c>--entity</c> matches any spelling.
/// </summary>
internal static class EntityKeys
{
    public static string OfMention(EntityMention mention) =>
        mention.Key is { Length: > 0 } key ? key : Of(mention.Canonical ?? mention.Text);

    /// <summary>The key of a name as a user writes it in a filter (or a mention that came without one).</summary>
    public static string Of(string name)
    {
        var key = NameKey.Compute(name);
        // a "name" without letters has no name key; keep its normalized text so it still matches itself
        return key.Length > 0 ? key : ArabicNormalizer.Normalize(name.Trim(), NormalizationLevel.Matching);
    }
}
