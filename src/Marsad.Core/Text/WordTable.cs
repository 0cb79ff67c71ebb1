using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>
/// A read-only open-addressing hash table from words to values, looked up by span. It exists for speed: the
/// analyzer does one lookup per token, and a cheap multiplicative hash over a few Arabic letters with linear
/// probing beats <see cref="Dictionary{TKey, TValue}"/>'s randomized string hashing several times. Built once;
/// safe to read from many threads.
/// </summary>
internal sealed class WordTable<TValue>
{
    private readonly int[] _hashes;
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    public WordTable(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        var size = 16;
        while (size < entries.Count * 2)
            size *= 2;
        _hashes = new int[size];
        _keys = new string[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            var hash = Hash(key);
            var i = hash & _mask;
            while (_hashes[i] != 0 && !(_hashes[i] == hash && _keys[i] == key))
                i = (i + 1) & _mask;
            _hashes[i] = hash;
            _keys[i] = key;
            _values[i] = value;
        }
        Count = entries.Count;
    }

    public int Count { get; }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => TryGetValue(key, Hash(key), out value);

    public bool TryGetValue(ReadOnlySpan<char> key, int hash, out TValue value)
    {
        var hashes = _hashes;
        var i = hash & _mask;
        while (true)
        {
            var h = hashes[i];
            if (h == 0)
                break;
            if (h == hash && key.SequenceEqual(_keys[i]))
            {
                value = _values[i];
                return true;
            }
            i = (i + 1) & _mask;
        }
        value = default!;
        return false;
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
}
