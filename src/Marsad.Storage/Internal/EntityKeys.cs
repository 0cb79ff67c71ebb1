using Marsad.Text;

namespace Marsad.Storage.Internal;

/// <summary>
/// The key under which an entity mention is stored and searched. Two spellings of one name must get the same key; until
/// the name-key work lands in Core, the key is the matching-normalized canonical name (hamza, alef, ta marbuta and
/// case differences meet), so an <c>--entity</c> filter matches at least those variants.
/// </summary>
internal static class EntityKeys
{
    public static string OfMention(EntityMention mention) => Of(mention.Canonical ?? mention.Text);

    /// <summary>The key of a name as a user writes it in a filter.</summary>
    public static string Of(string name) => ArabicNormalizer.Normalize(name.Trim(), NormalizationLevel.Matching);
}
