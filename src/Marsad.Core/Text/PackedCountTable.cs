using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Text;

/// <summary>
/// <see cref="ArabicLexicon"/>'s counts of the words that pack into a <see cref="PackedWordTable"/> key (up to ten
/// letters of ء … ي), looked up by the key itself. The stemmer asks dozens of questions about each word outside the
/// analyzer's tables (is the rest a word, does it take the article, its family with each suffix), and with the word
/// as its own key a question is a few shifts to build the key from its parts (ال + stem + suffix), one
/// multiplication to find the slot and one comparison: no characters are hashed or compared, and a present word is
/// one 16-byte slot, one memory read. Most of the words asked about are absent; a presence filter (128 KB, about
/// eight bits per word, kept in the L2 cache that the slots cannot be) answers most of those without touching the
/// slots. Built once; safe to read from many threads.
/// </summary>
internal sealed class PackedCountTable
{
    /// <summary>Most bits of the presence filter.</summary>
    private const int MaxFilterBits = 1 << 20;

    private readonly Slot[] _slots;
    private readonly ulong[] _filter;
    private readonly int _shift;
    private readonly int _filterShift;

    /// <summary>Builds the table from (key, count) entries, each key from <see cref="PackedWordTable.TryPack"/>, without duplicates.</summary>
    public PackedCountTable(IReadOnlyCollection<(ulong Key, int Count)> entries)
    {
        var size = 16;
        while (size < entries.Count * 2)
            size *= 2;
        _slots = new Slot[size];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        var filterBits = 1024;
        while (filterBits < MaxFilterBits && filterBits < entries.Count * 8)
            filterBits *= 2;
        _filter = new ulong[filterBits / 64];
        _filterShift = 64 - System.Numerics.BitOperations.Log2((uint)filterBits);
        foreach (var (key, count) in entries)
        {
            if (key == 0)
                throw new ArgumentException("a key of 0 marks an empty slot", nameof(entries));
            var i = PackedWordTable.Home(key, _shift);
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == key)
                    throw new ArgumentException($"duplicate key {key}", nameof(entries));
                i = (i + 1) & (size - 1);
            }
            _slots[i] = new Slot(key, count);
            var bit = FilterBit(key);
            _filter[bit >> 6] |= 1UL << bit;
        }
        Count = entries.Count;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>The count of the word packed as <paramref name="key"/>, or 0 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ValueOf(ulong key)
    {
        var bit = FilterBit(key);
        if ((Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_filter), bit >> 6) & (1UL << bit)) == 0)
            return 0;
        return Probe(key);
    }

    /// <summary>
    /// Prefetches the slot a lookup of <paramref name="key"/> reads first, unless the presence filter already says
    /// the word is absent: the stemmer asks several independent questions of a word, and prefetching them all first
    /// lets their memory reads overlap instead of queueing one behind the other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key)
    {
        var bit = FilterBit(key);
        if ((Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_filter), bit >> 6) & (1UL << bit)) != 0)
            CachePrefetch.Line(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), PackedWordTable.Home(key, _shift)));
    }

    private int Probe(ulong key)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var mask = _slots.Length - 1;
        var i = PackedWordTable.Home(key, _shift);
        while (true)
        {
            ref var slot = ref Unsafe.Add(ref slots, i);
            if (slot.Key == key)
                return slot.Value;
            if (slot.Key == 0)
                return 0;
            i = (i + 1) & mask;
        }
    }

    /// <summary>
    /// The filter bit of a key: the top bits of a second multiplicative hash, so that it depends on every letter
    /// (the slot's hash keeps the first letters only in its top bits, and the stemmer's questions differ there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilterBit(ulong key) => (int)((key * 0xC2B2AE3D27D4EB4FUL) >> _filterShift);

    /// <summary>16 bytes: four to a cache line.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(ulong Key, int Value);
}
