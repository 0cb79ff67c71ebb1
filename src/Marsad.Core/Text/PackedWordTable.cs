using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Text;

/// <summary>
/// The analyzer's precomputed answers (stop kind and stem) for the lexicon's short words, keyed by the word
/// itself packed into 64 bits: a matching-normalized word of up to <see cref="MaxLength"/> letters of the basic
/// Arabic block (ء … ي, U+0621–U+064A: 42 letters, six bits each) is its own key, so a lookup hashes with one
/// multiplication and compares with one instruction, and a slot is 16 bytes. The table has two tiers: the
/// <see cref="HotWords"/> most frequent words in the first (2 MB: 98.6 % of the lexicon's token count) and the rest
/// behind it (1 MB), so that only the rare words pay for a second lookup: with 16,384 words first (512 KB, sized
/// for the L2 cache), a profile showed the second tier's reads, out of every cache, as the largest stall of the
/// analyzer, more than the first tier's reads from L3 that a larger first tier costs. A profile of
/// <see cref="KnownWordTable"/> alone (32-byte slots, 8 MB, every word anywhere) showed the analyzer waiting on its
/// memory reads for a fifth of its time.
/// Words that cannot be packed (longer, other letters, a stem that is not a range of the word) stay in
/// <see cref="KnownWordTable"/>. Built once; safe to read from many threads.
/// </summary>
internal sealed class PackedWordTable
{
    /// <summary>Longest word that packs: ten letters of six bits.</summary>
    public const int MaxLength = 10;

    /// <summary>Words in the first tier, most frequent first.</summary>
    public const int HotWords = 65536;

    private const char FirstLetter = '\u0621';
    private const char LastLetter = '\u064A';

    private readonly Slot[] _slots;
    private readonly int _hotShift;
    private readonly int _coldShift;
    private readonly int _hotSize;

    /// <summary>
    /// Builds the table from (key, kind, stem range, restored last letter, shared-string index) entries, most
    /// frequent first; each key from <see cref="TryPack"/>, and <paramref name="entries"/> without duplicates.
    /// </summary>
    public PackedWordTable(IReadOnlyList<(ulong Key, StopKind Kind, byte StemStart, byte StemLength, char StemLast, int Index)> entries)
    {
        var hot = Math.Min(entries.Count, HotWords);
        _hotSize = SizeFor(hot);
        var coldSize = SizeFor(entries.Count - hot);
        _hotShift = 64 - System.Numerics.BitOperations.Log2((uint)_hotSize);
        _coldShift = 64 - System.Numerics.BitOperations.Log2((uint)coldSize);
        _slots = new Slot[_hotSize + coldSize];
        for (var k = 0; k < entries.Count; k++)
        {
            var (key, kind, stemStart, stemLength, stemLast, index) = entries[k];
            if (key == 0 || (stemLast != '\0' && Code(stemLast) == 0))
                throw new ArgumentException($"entry {k} does not pack", nameof(entries));
            var (offset, size, shift) = k < hot ? (0, _hotSize, _hotShift) : (_hotSize, coldSize, _coldShift);
            var i = Home(key, shift);
            while (_slots[offset + i].Key != 0)
                i = (i + 1) & (size - 1);
            _slots[offset + i] = new Slot(key, index, stemStart, stemLength, kind, (byte)(stemLast == '\0' ? 0 : Code(stemLast)));
        }
        Count = entries.Count;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>Six-bit code of a matching-normalized letter (1–42), or 0 when the letter does not pack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Code(char c) => c is >= FirstLetter and <= LastLetter ? c - (FirstLetter - 1) : 0;

    /// <summary>The packed key of <paramref name="word"/> (matching-normalized), or false when it does not pack.</summary>
    public static bool TryPack(ReadOnlySpan<char> word, out ulong key)
    {
        key = 0;
        return word.Length is > 0 and <= MaxLength && TryAppend(ref key, word);
    }

    /// <summary>
    /// Continues <paramref name="key"/> over <paramref name="letters"/> (the caller keeps the total within
    /// <see cref="MaxLength"/>); false when a letter does not pack.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAppend(ref ulong key, ReadOnlySpan<char> letters)
    {
        foreach (var c in letters)
        {
            var code = Code(c);
            if (code == 0)
                return false;
            key = (key << 6) | (uint)code;
        }
        return true;
    }

    /// <summary>The key of the word packed as <paramref name="head"/> followed by the <paramref name="tailLength"/> letters packed as <paramref name="tail"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Join(ulong head, ulong tail, int tailLength) => (head << (6 * tailLength)) | tail;

    /// <summary>The slot of the word packed as <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slot = FindHot(key);
        return slot >= 0 ? slot : FindCold(key);
    }

    /// <summary>The slot of the word packed as <paramref name="key"/> when it is in the first tier, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindHot(ulong key)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var mask = _hotSize - 1;
        var i = Home(key, _hotShift);
        while (true)
        {
            var k = Unsafe.Add(ref slots, i).Key;
            if (k == key)
                return i;
            if (k == 0)
                return -1;
            i = (i + 1) & mask;
        }
    }

    /// <summary>The slot of the word packed as <paramref name="key"/> when it is in the second tier, or -1.</summary>
    public int FindCold(ulong key)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var mask = _slots.Length - _hotSize - 1;
        var i = Home(key, _coldShift);
        while (true)
        {
            var k = Unsafe.Add(ref slots, _hotSize + i).Key;
            if (k == key)
                return _hotSize + i;
            if (k == 0)
                return -1;
            i = (i + 1) & mask;
        }
    }

    /// <summary>Prefetches the first-tier slot a lookup of <paramref name="key"/> reads first (<see cref="CachePrefetch"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchHot(ulong key) => CachePrefetch.Line(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), Home(key, _hotShift)));

    /// <summary>Prefetches the second-tier slot a lookup of <paramref name="key"/> reads first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchCold(ulong key) => CachePrefetch.Line(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), _hotSize + Home(key, _coldShift)));

    /// <summary>How the word in slot <paramref name="index"/> stops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StopKind Kind(int index) => _slots[index].Kind;

    /// <summary>The index of the word's shared stem string (given at build time).</summary>
    public int StemIndex(int index) => _slots[index].Index;

    /// <summary>
    /// The stem of the word in slot <paramref name="index"/>, given <paramref name="word"/>, the same word as found:
    /// a range of <paramref name="word"/>, whose last letter the stemmer may have restored (حكومتها → حكومة, in place).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Stem(int index, Span<char> word)
    {
        ref var slot = ref _slots[index];
        var stem = word.Slice(slot.StemStart, slot.StemLength);
        if (slot.StemLast != 0)
            stem[^1] = (char)(FirstLetter - 1 + slot.StemLast);
        return stem;
    }

    /// <summary>A power of two at least twice <paramref name="count"/>: probes stay short.</summary>
    private static int SizeFor(int count)
    {
        var size = 16;
        while (size < count * 2)
            size *= 2;
        return size;
    }

    /// <summary>Fibonacci hashing: the top bits of the key times 2⁶⁴/φ (<paramref name="shift"/> = 64 − log₂ of the table size).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Home(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>16 bytes: four to a cache line.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(ulong Key, int Index, byte StemStart, byte StemLength, StopKind Kind, byte StemLast);
}
