using System.IO.Compression;

namespace Marsad.Analysis.Entities;

/// <summary>
/// How much a word looks like a proper name — mostly a transliterated foreign one (فولكسفاغن، شتاينماير، بنفيكا) —
/// rather than an ordinary Arabic word, from its letters alone: a logistic regression over the letter 1–4-grams of
/// the word with boundary marks. The tagger reads it as a bucketed feature, so a name seen neither in ANERcorp nor in
/// a gazetteer still carries evidence of being one (the largest error kind of the CRF: such names left O).
/// The model holds only hashes of n-grams and their weights (int8, one scale); it is trained from name lists and news
/// word counts by <c>marsad-train ner-namelike</c>.
/// </summary>
internal sealed class NameLikeness
{
    /// <summary>The feature's values: the logit rounded down, clamped to −<see cref="Range"/> … <see cref="Range"/> − 1.</summary>
    public const int Range = 5;

    /// <summary>Longest letter n-gram read.</summary>
    public const int MaxOrder = 4;

    private const char WordStart = '^';
    private const char WordEnd = '$';
    private const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "MNLK"u8;

    private readonly Dictionary<uint, sbyte> _weights;
    private readonly float _scale;
    private readonly float _bias;

    private NameLikeness(Dictionary<uint, sbyte> weights, float scale, float bias)
    {
        _weights = weights;
        _scale = scale;
        _bias = bias;
    }

    /// <summary>Number of n-grams the model weighs.</summary>
    public int Count => _weights.Count;

    /// <summary>The log-odds that <paramref name="word"/> (matching-normalized, without proclitic and article) is a name.</summary>
    public float Logit(ReadOnlySpan<char> word)
    {
        var sum = 0;
        Span<uint> hashes = stackalloc uint[NGramCount(word.Length)];
        NGrams(word, hashes);
        foreach (var h in hashes)
        {
            if (_weights.TryGetValue(h, out var w))
                sum += w;
        }
        return _bias + (sum * _scale);
    }

    /// <summary>The feature value of <paramref name="word"/>: its logit rounded down into −<see cref="Range"/> … <see cref="Range"/> − 1.</summary>
    public int Bucket(ReadOnlySpan<char> word) => Math.Clamp((int)MathF.Floor(Logit(word)), -Range, Range - 1);

    /// <summary>How many n-grams <see cref="NGrams"/> writes for a word of <paramref name="length"/> letters.</summary>
    public static int NGramCount(int length)
    {
        var padded = length + 2;
        var count = 0;
        for (var n = 1; n <= MaxOrder; n++)
            count += Math.Max(0, padded - n + 1);
        return count - 2; // the lone boundary marks carry nothing the bias does not
    }

    /// <summary>
    /// The hashes (FNV-1a, 32-bit) of the letter 1–4-grams of <paramref name="word"/> framed by boundary marks
    /// (^word$), into <paramref name="output"/> of length <see cref="NGramCount"/>. Shared by the trainer.
    /// </summary>
    public static void NGrams(ReadOnlySpan<char> word, Span<uint> output)
    {
        var padded = word.Length + 2;
        var k = 0;
        for (var n = 1; n <= MaxOrder; n++)
        {
            for (var start = 0; start + n <= padded; start++)
            {
                if (n == 1 && (start == 0 || start == padded - 1))
                    continue;
                var h = 2166136261u ^ (uint)n;
                for (var i = start; i < start + n; i++)
                {
                    var c = i == 0 ? WordStart : i == padded - 1 ? WordEnd : word[i - 1];
                    h = (h ^ c) * 16777619u;
                }
                output[k++] = h;
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static NameLikeness Read(Stream stream)
    {
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zlib);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
            throw new InvalidDataException("not a Marsad name-likeness model (version " + Version + ")");
        var bias = reader.ReadSingle();
        var scale = reader.ReadSingle();
        var count = reader.ReadInt32();
        var weights = new Dictionary<uint, sbyte>(count);
        for (var i = 0; i < count; i++)
            weights[reader.ReadUInt32()] = reader.ReadSByte();
        return new NameLikeness(weights, scale, bias);
    }

    /// <summary>
    /// Writes a model: the bias and the n-gram weights quantized to int8 with one scale (the largest weight maps to
    /// 127), sorted by hash so the file is reproducible.
    /// </summary>
    public static void Write(Stream stream, float bias, IReadOnlyDictionary<uint, float> weights)
    {
        var max = weights.Count == 0 ? 0f : weights.Values.Max(w => Math.Abs(w));
        var scale = max == 0 ? 1f : max / sbyte.MaxValue;
        using var zlib = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zlib);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(bias);
        writer.Write(scale);
        var kept = weights.Where(p => Math.Round(p.Value / scale) != 0).OrderBy(p => p.Key).ToList();
        writer.Write(kept.Count);
        foreach (var (hash, weight) in kept)
        {
            writer.Write(hash);
            writer.Write((sbyte)Math.Round(weight / scale));
        }
    }
}
