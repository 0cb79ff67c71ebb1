namespace Marsad.Analysis.Entities;

/// <summary>The feature hashes of one sentence, token by token, in reusable buffers.</summary>
internal sealed class SentenceFeatures
{
    private ulong[] _hashes = new ulong[4096];
    private int[] _offsets = new int[129];
    private int _count;

    /// <summary>Number of tokens.</summary>
    public int Length { get; private set; }

    public void Reset(int tokens)
    {
        Length = 0;
        _count = 0;
        if (_offsets.Length < tokens + 1)
            Array.Resize(ref _offsets, Math.Max(tokens + 1, _offsets.Length * 2));
        _offsets[0] = 0;
    }

    public void Add(ulong hash)
    {
        if (_count == _hashes.Length)
            Array.Resize(ref _hashes, _hashes.Length * 2);
        _hashes[_count++] = hash;
    }

    /// <summary>Closes the current token's features.</summary>
    public void EndToken() => _offsets[++Length] = _count;

    /// <summary>The features of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<ulong> Of(int index) => _hashes.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);
}
