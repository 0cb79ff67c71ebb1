using Marsad.Analysis.Names;
using Marsad.Storage.Internal;
using Marsad.Text;

namespace Marsad.Storage.Queries.Internal;

/// <summary>
/// Matches a name as a user types it against stored names: the same entity key (any spelling of the full name), or —
/// for a name of at least <see cref="MinimumSurnameLength"/> key letters — a key that ends with it, so "ميدفيديف" finds
/// "ديمتري ميدفيديف" (people are named by their family name in running text).
/// </summary>
internal sealed class NameMatch
{
    /// <summary>Shorter keys (two- or three-letter names) would match the ends of too many unrelated names.</summary>
    public const int MinimumSurnameLength = 4;

    private readonly string _normalized;
    private readonly string _nameKey;

    public NameMatch(string name)
    {
        Key = EntityKeys.Of(name);
        _normalized = ArabicNormalizer.Normalize(name.Trim(), NormalizationLevel.Matching);
        _nameKey = NameKey.Compute(name);
    }

    /// <summary>The entity key of the name.</summary>
    public string Key { get; }

    public bool AllowsSurname => Key.Length >= MinimumSurnameLength;

    /// <summary>A LIKE pattern for keys that end with <see cref="Key"/> (only when <see cref="AllowsSurname"/>).</summary>
    public string SuffixPattern => "%" + Key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>True when a stored key belongs to this name.</summary>
    public bool MatchesKey(string? key) =>
        key is { Length: > 0 } && (key == Key || (AllowsSurname && key.EndsWith(Key, StringComparison.Ordinal)));

    /// <summary>True when a name as written (an event actor, possibly with a title) names this entity.</summary>
    public bool MatchesName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return false;
        if (MatchesKey(EntityKeys.Of(name)))
            return true;
        // the name key merges spellings (ميدفيديف / مدفيديف) whatever key the store indexes by
        var key = NameKey.Compute(name);
        if (_nameKey.Length > 0 && (key == _nameKey || (_nameKey.Length >= MinimumSurnameLength && key.EndsWith(_nameKey, StringComparison.Ordinal))))
            return true;
        // "رئيس الوزراء الروسي ديمتري ميدفيديف": the name is one whole-word part of the actor
        var normalized = " " + ArabicNormalizer.Normalize(name, NormalizationLevel.Matching) + " ";
        return _normalized.Length > 0 && normalized.Contains(" " + _normalized + " ", StringComparison.Ordinal);
    }
}
