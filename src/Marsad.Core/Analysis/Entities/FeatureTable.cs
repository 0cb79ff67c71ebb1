namespace Marsad.Analysis.Entities;

/// <summary>
/// An open-addressing hash table from feature hash to weight row, built once at load. Faster than a Dictionary
/// for the tagger's hot loop: the keys are already well-mixed 64-bit hashes, so the low bits index directly.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<ulong> hashes)
    {
        var capacity = 16;
        while (capacity < hashes.Length * 2)
            capacity <<= 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        _rows.AsSpan().Fill(-1);
        for (var row = 0; row < hashes.Length; row++)
        {
            var slot = (int)(hashes[row] & (ulong)_mask);
            while (_rows[slot] >= 0)
                slot = (slot + 1) & _mask;
            _keys[slot] = hashes[row];
            _rows[slot] = row;
        }
        Count = hashes.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="hash"/>, or -1 when the model has no such feature.</summary>
    public int Find(ulong hash)
    {
        var slot = (int)(hash & (ulong)_mask);
        while (true)
        {
            var row = _rows[slot];
            if (row < 0)
                return -1;
            if (_keys[slot] == hash)
                return row;
            slot = (slot + 1) & _mask;
        }
    }
}
