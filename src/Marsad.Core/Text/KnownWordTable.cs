using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Text;

/// <summary>
/// The analyzer's precomputed answers for the lexicon's words that <see cref="PackedWordTable"/> cannot hold
/// (longer than ten letters, or with letters outside ء … ي), looked up by hash. Laid out so that a lookup reads one 32-byte slot and nothing else for 99 % of the tokens of news text:
/// the slot holds the word itself (up to <see cref="InlineLength"/> characters; longer words are compared in a
/// side array) and the stem as a range of the word, with the one letter a stemmer may restore (حكومتها →
/// حكومة) kept beside it. A profile of the previous layout (slot, then key, then value, then stem string) showed
/// the analyzer waiting on memory for most of its time. Built once; safe to read from many threads.
/// </summary>
internal sealed class KnownWordTable
{
    /// <summary>Words up to this length are compared inside their slot.</summary>
    public const int InlineLength = 9;

    /// <summary><see cref="Slot.StemStart"/> value: the stem is not a range of the word; it follows the key in the side array.</summary>
    private const byte StemElsewhere = byte.MaxValue;

    private readonly Slot[] _slots;
    private readonly char[] _chars;
    private readonly int _mask;

    /// <summary>Builds the table from (word, kind, stem) entries, most frequent words first.</summary>
    public KnownWordTable(IReadOnlyCollection<(string Word, StopKind Kind, string Stem)> entries)
    {
        var size = 16;
        while (size < entries.Count * 2)
            size *= 2;
        _slots = new Slot[size];
        _mask = size - 1;
        var chars = new List<char>();
        foreach (var (word, kind, stem) in entries)
        {
            if (word.Length is 0 or > 64 || stem.Length > 64)
                throw new ArgumentException($"word out of range for the table: {word}", nameof(entries));
            var hash = WordTable.Hash(word);
            var i = hash & _mask;
            while (_slots[i].Hash != 0)
                i = (i + 1) & _mask;
            ref var slot = ref _slots[i];
            slot.Hash = hash;
            slot.Offset = chars.Count;
            slot.KeyLength = (byte)word.Length;
            slot.Kind = kind;
            word.AsSpan(0, Math.Min(word.Length, InlineLength)).CopyTo(slot.Key);
            (slot.StemStart, slot.StemLength, slot.StemLast) = Locate(word, stem);
            chars.AddRange(word);
            chars.AddRange(stem);
        }
        _chars = [.. chars];
        Count = entries.Count;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>Number of slots: slot indexes are below this.</summary>
    public int Capacity => _slots.Length;

    /// <summary>The slot of <paramref name="word"/>, whose <see cref="WordTable.Hash"/> is <paramref name="hash"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> word, int hash)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var i = hash & _mask;
        while (true)
        {
            ref var slot = ref Unsafe.Add(ref slots, i);
            if (slot.Hash == hash)
            {
                if (slot.KeyLength == word.Length && (word.Length <= InlineLength
                        ? ((ReadOnlySpan<char>)slot.Key)[..word.Length].SequenceEqual(word)
                        : _chars.AsSpan(slot.Offset, word.Length).SequenceEqual(word)))
                    return i;
            }
            else if (slot.Hash == 0)
            {
                return -1;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Prefetches the first slot a lookup of <paramref name="hash"/> reads (<see cref="CachePrefetch"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int hash) => CachePrefetch.Line(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), hash & _mask));

    /// <summary>The slot of <paramref name="word"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> word) => Find(word, WordTable.Hash(word));

    /// <summary>How the word in slot <paramref name="index"/> stops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StopKind Kind(int index) => _slots[index].Kind;

    /// <summary>
    /// The stem of the word in slot <paramref name="index"/>, given <paramref name="word"/>, the same word as found:
    /// usually a range of <paramref name="word"/> (whose last letter may be restored in place), so that no other
    /// memory is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Stem(int index, Span<char> word)
    {
        ref var slot = ref _slots[index];
        if (slot.StemStart == StemElsewhere)
            return _chars.AsSpan(slot.Offset + slot.KeyLength, slot.StemLength);
        var stem = word.Slice(slot.StemStart, slot.StemLength);
        if (slot.StemLast != '\0')
            stem[^1] = slot.StemLast;
        return stem;
    }

    /// <summary>Where the stem lies in the word: a range, and the last letter when the stemmer restored it.</summary>
    private static (byte Start, byte Length, char Last) Locate(string word, string stem)
    {
        if (stem.Length == 0)
            return (0, 0, '\0');
        for (var start = 0; start + stem.Length <= word.Length; start++)
        {
            var range = word.AsSpan(start, stem.Length);
            if (range[..^1].SequenceEqual(stem.AsSpan(0, stem.Length - 1)))
                return ((byte)start, (byte)stem.Length, range[^1] == stem[^1] ? '\0' : stem[^1]);
        }
        return (StemElsewhere, (byte)stem.Length, '\0');
    }

    [InlineArray(InlineLength)]
    private struct InlineKey
    {
        private char _first;
    }

    /// <summary>32 bytes: two to a cache line.</summary>
    private struct Slot
    {
        public int Hash;
        public int Offset;
        public byte KeyLength;
        public StopKind Kind;
        public byte StemStart;
        public byte StemLength;
        public char StemLast;
        public InlineKey Key;
    }
}
