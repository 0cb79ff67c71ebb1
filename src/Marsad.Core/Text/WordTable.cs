using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Text;

/// <summary>
/// A read-only open-addressing hash table from words to an integer and an optional run of payload characters
/// (a precomputed stem), looked up by span. It exists for speed: the analyzer does one lookup per token and the
/// stemmer dozens per unknown word, so the table is laid out for the memory system. A slot is 16 bytes (hash,
/// offset, lengths, value: four to a cache line, linear probing stays in the line), and every key is stored with
/// its payload in one character array, most frequent words first, so a hit reads one slot and one run of
/// characters that the frequent words keep in cache. Built once; safe to read from many threads.
/// </summary>
internal sealed class WordTable
{
    /// <summary>Most bits of the presence filter (128 KB: it stays in the L2 cache that the 4 MB of slots cannot).</summary>
    private const int MaxFilterBits = 1 << 20;

    private readonly Slot[] _slots;
    private readonly char[] _chars;
    private readonly ulong[] _filter;
    private readonly int _filterShift;
    private readonly int _mask;

    /// <summary>
    /// Builds the table. Put the most frequent words first: their characters then share cache lines.
    /// </summary>
    public WordTable(IReadOnlyCollection<(string Key, string Payload, int Value)> entries)
    {
        var size = 16;
        while (size < entries.Count * 2)
            size *= 2;
        _slots = new Slot[size];
        _mask = size - 1;
        // about eight filter bits per word: one absent word in eight gets past the filter to the slots
        var filterBits = 1024;
        while (filterBits < MaxFilterBits && filterBits < entries.Count * 8)
            filterBits *= 2;
        _filter = new ulong[filterBits / 64];
        _filterShift = 32 - System.Numerics.BitOperations.Log2((uint)filterBits);
        var chars = new List<char>();
        foreach (var (key, payload, value) in entries)
        {
            if (key.Length > ushort.MaxValue || payload.Length > ushort.MaxValue)
                throw new ArgumentException($"word too long for the table: {key.Length} characters", nameof(entries));
            var hash = Hash(key);
            var i = hash & _mask;
            while (_slots[i].Hash != 0)
            {
                if (_slots[i].Hash == hash && _slots[i].KeyLength == key.Length && KeyAt(chars, _slots[i]).SequenceEqual(key))
                    throw new ArgumentException($"duplicate word {key}", nameof(entries));
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(hash, chars.Count, (ushort)key.Length, (ushort)payload.Length, value);
            var bit = FilterBit(hash);
            _filter[bit >> 6] |= 1UL << bit;
            chars.AddRange(key);
            chars.AddRange(payload);
        }
        _chars = [.. chars];
        Count = entries.Count;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>Number of slots: slot indexes are below this.</summary>
    public int Capacity => _slots.Length;

    /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key) => Find(key, Hash(key));

    /// <summary>The slot of <paramref name="key"/>, whose <see cref="Hash(ReadOnlySpan{char})"/> is <paramref name="hash"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> key, int hash)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var mask = _mask;
        var i = hash & mask;
        while (true)
        {
            ref var slot = ref Unsafe.Add(ref slots, i);
            if (slot.Hash == hash)
            {
                if (slot.KeyLength == key.Length && _chars.AsSpan(slot.Offset, key.Length).SequenceEqual(key))
                    return i;
            }
            else if (slot.Hash == 0)
            {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or 0 when absent.</summary>
    public int ValueOf(ReadOnlySpan<char> key)
    {
        var i = Find(key);
        return i < 0 ? 0 : _slots[i].Value;
    }

    /// <summary>
    /// The value of the word <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/> (a prefix, a stem,
    /// a suffix), or 0 when absent, without building the word. Most words the stemmer asks about are absent, and
    /// the presence filter answers those from cache.
    /// </summary>
    public int ValueOf(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        ValueOf(Continue(Continue(Continue(HashStart, a), b), c), a, b, c);

    /// <summary>The hash state <paramref name="h"/> continued over <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Continue(uint h, ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
            h = HashStep(h, ch);
        return h;
    }

    /// <summary>
    /// <see cref="ValueOf(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char})"/> when the caller already has
    /// the hash state <paramref name="state"/> after all three parts (a stem's family shares its prefix's state).
    /// </summary>
    public int ValueOf(uint state, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        var hash = HashFinish(state);
        var bit = FilterBit(hash);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
            return 0;
        var length = a.Length + b.Length + c.Length;
        var i = hash & _mask;
        while (true)
        {
            var slot = _slots[i];
            if (slot.Hash == hash)
            {
                if (slot.KeyLength == length)
                {
                    var key = _chars.AsSpan(slot.Offset, length);
                    if (key[..a.Length].SequenceEqual(a) && key.Slice(a.Length, b.Length).SequenceEqual(b) && key[(a.Length + b.Length)..].SequenceEqual(c))
                        return slot.Value;
                }
            }
            else if (slot.Hash == 0)
            {
                return 0;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>The value stored in slot <paramref name="index"/> (from <see cref="Find(ReadOnlySpan{char}, int)"/>).</summary>
    public int Value(int index) => _slots[index].Value;

    /// <summary>The payload characters stored in slot <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Payload(int index)
    {
        var slot = _slots[index];
        return _chars.AsSpan(slot.Offset + slot.KeyLength, slot.PayloadLength);
    }

    /// <summary>A non-zero hash of <paramref name="key"/> (zero marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<char> key)
    {
        var h = HashStart;
        foreach (var c in key)
            h = HashStep(h, c);
        return HashFinish(h);
    }

    /// <summary>The hash state before any character (FNV-1a), for callers that hash while they write a word.</summary>
    public const uint HashStart = 0x811C9DC5u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint h, char c) => (h ^ c) * 0x01000193u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashFinish(uint h) => (int)((h ^ (h >> 15)) | 1);

    /// <summary>The filter bit of a hash: its high bits, independent of the low bits that pick the slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilterBit(int hash) => (int)((uint)hash >> _filterShift);

    private static ReadOnlySpan<char> KeyAt(List<char> chars, Slot slot) =>
        CollectionsMarshal.AsSpan(chars).Slice(slot.Offset, slot.KeyLength);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(int Hash, int Offset, ushort KeyLength, ushort PayloadLength, int Value);
}
