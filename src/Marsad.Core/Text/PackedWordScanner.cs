using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Marsad.Text;

/// <summary>
/// The analyzer's fast path for the commonest word of all, sixteen characters at a time: a run of up to
/// <see cref="PackedWordTable.MaxLength"/> letters of the basic Arabic block (U+0621–U+064A) that each fold to
/// one packing letter (<see cref="CharClasses.Folded"/>), without marks. One vector pass finds where the run
/// ends, folds it (أ → ا, ة → ه, ى → ي…) and writes it out, and its <see cref="PackedWordTable"/> key is
/// gathered from the folded codes with two bit extractions, so a word costs no branch per character (the
/// character loop mispredicts its exit at almost every word). Anything else — a longer word, a mark, a letter
/// outside the block, a run not followed by a character that ends a word — is left to the character loop.
/// The folding table is read from <see cref="CharClasses.Folded"/>, so both give the same words.
/// </summary>
internal static class PackedWordScanner
{
    /// <summary>Characters read at once; the caller guarantees that many from the start.</summary>
    public const int Width = 16;

    private const char Base = '\u0620';

    /// <summary>Characters above <see cref="Base"/> the tables cover: ء … ي are 1–42.</summary>
    private const int Codes = 48;

    /// <summary>True where the processor has the instructions (x86-64 with BMI2; elsewhere the character loop runs).</summary>
    public static bool IsSupported => Bmi2.X64.IsSupported && Vector128.IsHardwareAccelerated;

    /// <summary>The folded <see cref="PackedWordTable.Code"/> of <see cref="Base"/> + i, in three blocks of sixteen; 0 when the character is not a plain packing letter.</summary>
    private static readonly Vector128<byte> Low = Block(0);
    private static readonly Vector128<byte> Middle = Block(16);
    private static readonly Vector128<byte> High = Block(32);

    /// <summary>
    /// Scans the word at <paramref name="start"/> (at least <see cref="Width"/> characters of
    /// <paramref name="text"/> from there) when it is a plain packing run that ends where a word ends: writes its
    /// folded letters to <paramref name="word"/> (at least <see cref="Width"/> long) and returns its length and key.
    /// Returns 0 for anything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Scan(ReadOnlySpan<char> text, int start, Span<char> word, out ulong key, out bool alefMaksura)
    {
        ref var source = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
        var first = Vector128.LoadUnsafe(ref source) - Vector128.Create((ushort)Base);
        var second = Vector128.LoadUnsafe(ref source, 8) - Vector128.Create((ushort)Base);
        // characters below the base wrap around to large values: out of range like those above the tables
        var inRange = Vector128.Narrow(
            Vector128.LessThan(first, Vector128.Create((ushort)Codes)),
            Vector128.LessThan(second, Vector128.Create((ushort)Codes)));
        var index = Vector128.Narrow(first, second) & inRange;
        // Shuffle gives 0 for an index past its sixteen entries (an index below a block's start wraps past it)
        var folded = Vector128.Shuffle(Low, index)
            | Vector128.Shuffle(Middle, index - Vector128.Create((byte)16))
            | Vector128.Shuffle(High, index - Vector128.Create((byte)32));
        var others = Vector128.Equals(folded, Vector128<byte>.Zero).ExtractMostSignificantBits();
        var length = System.Numerics.BitOperations.TrailingZeroCount(others | (1u << Width));
        key = 0;
        alefMaksura = false;
        if (length is 0 or > PackedWordTable.MaxLength || (CharClasses.Folded[text[start + length]] & CharClasses.Break) == 0)
            return 0;
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(word));
        (Vector128.WidenLower(folded) + Vector128.Create((ushort)Base)).StoreUnsafe(ref target);
        (Vector128.WidenUpper(folded) + Vector128.Create((ushort)Base)).StoreUnsafe(ref target, 8);
        // the key puts the first letter in the top bits: reverse the run's codes, then take six bits of each byte
        var reversed = Vector128.Shuffle(folded, Vector128.Create((byte)(length - 1)) - Vector128<byte>.Indices);
        var lanes = reversed.AsUInt64();
        key = Bmi2.X64.ParallelBitExtract(lanes.ToScalar(), 0x3F3F3F3F3F3F3F3FUL)
            | (Bmi2.X64.ParallelBitExtract(lanes.GetElement(1), 0x3F3FUL) << 48);
        alefMaksura = (CharClasses.Folded[text[start + length - 1]] & CharClasses.AlefMaksura) != 0;
        return length;
    }

    private static Vector128<byte> Block(int from)
    {
        Span<byte> codes = stackalloc byte[16];
        for (var i = 0; i < codes.Length; i++)
        {
            var entry = CharClasses.Folded[Base + from + i];
            var plain = (entry & CharClasses.Letter) != 0 && (entry & CharClasses.Packs) != 0;
            codes[i] = plain ? (byte)(entry >> 24) : (byte)0;
        }
        return Vector128.Create((ReadOnlySpan<byte>)codes);
    }
}
