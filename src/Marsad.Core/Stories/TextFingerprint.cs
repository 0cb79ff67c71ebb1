using Marsad.Text;

namespace Marsad.Stories;

/// <summary>
/// The distinct hashed word shingles of a text: matching-normalized word and number tokens (stop words kept, no stemming,
/// so a copy matches word for word), <see cref="ShingleSize"/> at a time, each hashed to 32 bits and sorted.
/// It is all the near-duplicate index needs of an article, and small enough to store (<see cref="ToBytes"/>).
/// </summary>
public sealed class TextFingerprint
{
    /// <summary>Words per shingle: long enough that two unrelated reports rarely share one, short enough to survive edits.</summary>
    public const int ShingleSize = 4;

    private TextFingerprint(uint[] shingles) => Shingles = shingles;

    /// <summary>Distinct shingle hashes, ascending.</summary>
    public IReadOnlyList<uint> Shingles { get; }

    internal uint[] Array => (uint[])Shingles;

    /// <summary>Number of distinct shingles.</summary>
    public int Count => Shingles.Count;

    /// <summary>The fingerprint of <paramref name="text"/>.</summary>
    public static TextFingerprint Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return new([]);
        var words = new List<ulong>();
        foreach (var token in ArabicTokenizer.Enumerate(text))
        {
            if (token.IsWord || token.Kind == TokenKind.Number)
                words.Add(WordHash(token.Span(text)));
        }
        var set = new HashSet<uint>();
        if (words.Count < ShingleSize)
        {
            if (words.Count > 0)
                set.Add(Combine(words, 0, words.Count));
        }
        else
        {
            for (var i = 0; i + ShingleSize <= words.Count; i++)
                set.Add(Combine(words, i, ShingleSize));
        }
        var array = set.ToArray();
        System.Array.Sort(array);
        return new(array);
    }

    /// <summary>Rebuilds a fingerprint from <see cref="ToBytes"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a fingerprint.</exception>
    public static TextFingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        var values = new List<uint>();
        uint previous = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            uint delta = 0;
            var shift = 0;
            while (true)
            {
                if (i >= bytes.Length || shift > 28)
                    throw new FormatException("truncated or malformed text fingerprint");
                var b = bytes[i++];
                delta |= (uint)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                    break;
                shift += 7;
            }
            previous = values.Count == 0 ? delta : previous + delta;
            values.Add(previous);
        }
        return new([.. values]);
    }

    /// <summary>The shingles as ascending deltas in LEB128 varints (about 3 bytes a shingle).</summary>
    public byte[] ToBytes()
    {
        var output = new List<byte>(Array.Length * 4);
        uint previous = 0;
        for (var i = 0; i < Array.Length; i++)
        {
            var delta = i == 0 ? Array[i] : Array[i] - previous;
            previous = Array[i];
            while (delta >= 0x80)
            {
                output.Add((byte)(delta | 0x80));
                delta >>= 7;
            }
            output.Add((byte)delta);
        }
        return [.. output];
    }

    /// <summary>Number of shingles the two fingerprints share (a merge of two sorted arrays).</summary>
    public int Overlap(TextFingerprint other)
    {
        uint[] a = Array, b = other.Array;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return common;
    }

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        // FNV-1a over the matching-normalized characters, without allocating
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            var f = ArabicNormalizer.FoldMatching(c);
            if (f == '\0')
                continue;
            hash = (hash ^ f) * 1099511628211UL;
        }
        return hash;
    }

    private static uint Combine(List<ulong> words, int start, int count)
    {
        var h = 0x9E3779B97F4A7C15UL;
        for (var i = start; i < start + count; i++)
            h = Mix(h ^ words[i]) + 0x632BE59BD9B4E019UL;
        return (uint)(Mix(h) >> 32);
    }

    internal static ulong Mix(ulong x)
    {
        // splitmix64 finalizer: a cheap, well-spread 64-bit permutation
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
