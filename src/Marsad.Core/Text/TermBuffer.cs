using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Marsad.Text;

/// <summary>
/// A reusable sink for <see cref="SearchTermAnalyzer.Analyze(ReadOnlySpan{char}, TermBuffer)"/>: terms are
/// written into one growing character array with their source offsets, so analyzing text after text with the
/// same buffer allocates nothing once the buffer has grown to the largest text. Not thread-safe.
/// </summary>
public sealed class TermBuffer
{
    private char[] _chars;
    private Slot[] _slots;
    private int _charCount;

    /// <summary>Creates a buffer; it grows as needed.</summary>
    public TermBuffer(int termCapacity = 256)
    {
        termCapacity = Math.Max(termCapacity, 4);
        _slots = new Slot[termCapacity];
        _chars = new char[termCapacity * 8];
    }

    /// <summary>Number of terms written since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Total characters of all terms (useful to size outputs).</summary>
    public int CharCount => _charCount;

    /// <summary>The text of term <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var slot = _slots[index];
            return _chars.AsSpan(slot.CharStart, slot.CharLength);
        }
    }

    /// <summary>UTF-16 offset in the analyzed text of the word term <paramref name="index"/> came from.</summary>
    public int StartOf(int index) => SlotAt(index).Start;

    /// <summary>Length of the source word of term <paramref name="index"/>.</summary>
    public int LengthOf(int index) => SlotAt(index).Length;

    /// <summary>Forgets all terms, keeping the memory.</summary>
    public void Clear()
    {
        Count = 0;
        _charCount = 0;
    }

    /// <summary>The terms as <see cref="SearchTerm"/>s (allocates; for tests and convenience).</summary>
    public List<SearchTerm> ToList()
    {
        var list = new List<SearchTerm>(Count);
        for (var i = 0; i < Count; i++)
            list.Add(new SearchTerm(this[i].ToString(), _slots[i].Start, _slots[i].Length));
        return list;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(ReadOnlySpan<char> term, int start, int length)
    {
        var count = Count;
        var charCount = _charCount;
        if (count == _slots.Length || charCount + term.Length > _chars.Length)
            Grow(term.Length);
        // Grow made room: the copy stays inside the array
        CopyShort(term, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_chars), charCount));
        _slots[count] = new Slot(charCount, term.Length, start, length);
        Count = count + 1;
        _charCount = charCount + term.Length;
    }

    /// <summary>
    /// Copies a term with two overlapping fixed-size moves for its size class, as a memory copy does for short
    /// lengths: a loop whose trip count is the term's length mispredicts its exit at almost every term.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyShort(ReadOnlySpan<char> term, ref char destination)
    {
        ref var source = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(term));
        ref var target = ref Unsafe.As<char, byte>(ref destination);
        var end = term.Length * sizeof(char);
        switch (term.Length)
        {
            case >= 8 and <= 16:
                Move<Vector128<byte>>(ref source, ref target, end);
                break;
            case >= 4 and < 8:
                Move<ulong>(ref source, ref target, end);
                break;
            case >= 2 and < 4:
                Move<uint>(ref source, ref target, end);
                break;
            case 1:
                destination = term[0];
                break;
            case > 16:
                term.CopyTo(MemoryMarshal.CreateSpan(ref destination, term.Length));
                break;
        }
    }

    /// <summary>Copies <paramref name="end"/> bytes, between one and two sizes of <typeparamref name="T"/>: the first and the last T.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Move<T>(ref byte source, ref byte target, int end) where T : unmanaged
    {
        var head = Unsafe.ReadUnaligned<T>(ref source);
        var tail = Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref source, end - Unsafe.SizeOf<T>()));
        Unsafe.WriteUnaligned(ref target, head);
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, end - Unsafe.SizeOf<T>()), tail);
    }

    private void Grow(int termLength)
    {
        if (Count == _slots.Length)
            Array.Resize(ref _slots, _slots.Length * 2);
        if (_charCount + termLength > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + termLength));
    }

    private Slot SlotAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return _slots[index];
    }

    private readonly record struct Slot(int CharStart, int CharLength, int Start, int Length);
}
