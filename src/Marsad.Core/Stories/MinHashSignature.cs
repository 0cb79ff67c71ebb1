namespace Marsad.Stories;

/// <summary>
/// MinHash of a <see cref="TextFingerprint"/>: for each of <see cref="DuplicateIndexOptions.Hashes"/> seeded hash
/// functions, the least hash over the text's shingles. Two texts agree at one position with probability equal to
/// the Jaccard resemblance of their shingle sets, so equal bands (LSH) find likely copies without comparing all pairs.
/// </summary>
internal static class MinHashSignature
{
    public static uint[] Compute(TextFingerprint fingerprint, int hashes)
    {
        var signature = new uint[hashes];
        Array.Fill(signature, uint.MaxValue);
        var shingles = fingerprint.Array;
        for (var h = 0; h < hashes; h++)
        {
            var seed = Seed(h);
            var min = uint.MaxValue;
            foreach (var s in shingles)
            {
                var v = (uint)(TextFingerprint.Mix(s ^ seed) >> 32);
                if (v < min)
                    min = v;
            }
            signature[h] = min;
        }
        return signature;
    }

    /// <summary>The key of band <paramref name="band"/> (rows <c>band*rows</c> … <c>band*rows+rows-1</c>).</summary>
    public static ulong BandKey(uint[] signature, int band, int rows)
    {
        var h = TextFingerprint.Mix((ulong)band + 1);
        for (var r = 0; r < rows; r++)
            h = TextFingerprint.Mix(h ^ signature[(band * rows) + r]);
        return h;
    }

    private static ulong Seed(int h) => TextFingerprint.Mix(0xA0761D6478BD642FUL + (ulong)h);
}
