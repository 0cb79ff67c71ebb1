namespace Marsad.Analysis.Entities;

/// <summary>
/// 64-bit hashes of feature strings (template + value), computed without allocating. The model keeps only the
/// hashes of features seen in training; at 64 bits, collisions among a few hundred thousand features are
/// vanishingly rare (about 1 in 10^8 for the whole table).
/// </summary>
internal static class FeatureHash
{
    private const ulong Basis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of a template and one string value.</summary>
    public static ulong Of(byte template, ReadOnlySpan<char> value) => Finish(Add(Start(template), value));

    /// <summary>Hash of a template and two string values (a conjunction such as previous word + word).</summary>
    public static ulong Of(byte template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Finish(Add(Add(Add(Start(template), first), '\u0001'), second));

    /// <summary>Hash of a template and a small integer value (a cluster id, a gazetteer flag).</summary>
    public static ulong Of(byte template, int value) => Finish(Add(Add(Start(template), (char)(value & 0xFFFF)), (char)(value >> 16)));

    /// <summary>Hash of a template and two integer values.</summary>
    public static ulong Of(byte template, int first, int second) =>
        Finish(Add(Add(Add(Start(template), (char)(first & 0xFFFF)), (char)(first >> 16)), (char)second));

    public static ulong Start(byte template) => (Basis ^ template) * Prime;

    public static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
            hash = (hash ^ c) * Prime;
        return hash;
    }

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>SplitMix64 finalizer: FNV's low bits are weak, and the model's table indexes by low bits.</summary>
    public static ulong Finish(ulong h)
    {
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return h;
    }
}
