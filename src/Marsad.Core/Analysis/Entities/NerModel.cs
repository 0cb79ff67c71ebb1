using System.Buffers.Binary;
using System.IO.Compression;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The weights of the linear-chain CRF: one row of label weights per feature hash seen in training, and label
/// transition weights (with a start row). Stored compactly: weights quantized to 16 bits with one scale, the
/// whole file zlib-compressed. Format (little-endian, after decompression): "MNER", version, label count,
/// transitions ((labels+1) × labels float32, row 0 = sentence start), feature count, scale (float32),
/// hashes (uint64, ascending), weights (int16, feature-major).
/// </summary>
internal sealed class NerModel
{
    private const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "MNER"u8;

    private readonly FeatureTable _table;
    private readonly short[] _weights;
    private readonly float _scale;

    private NerModel(int labels, float[] transitions, FeatureTable table, short[] weights, float scale)
    {
        Labels = labels;
        Transitions = transitions;
        _table = table;
        _weights = weights;
        _scale = scale;
    }

    public int Labels { get; }

    /// <summary>Row-major (labels+1) × labels: row 0 scores the first label, row p+1 the label after p.</summary>
    public float[] Transitions { get; }

    public int FeatureCount => _table.Count;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (one per label).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var labels = Labels;
        Span<int> sums = stackalloc int[labels];
        sums.Clear();
        var weights = _weights;
        foreach (var hash in features)
        {
            var row = _table.Find(hash);
            if (row < 0)
                continue;
            var w = weights.AsSpan(row * labels, labels);
            for (var l = 0; l < labels; l++)
                sums[l] += w[l];
        }
        for (var l = 0; l < labels; l++)
            scores[l] = sums[l] * _scale;
    }

    public static NerModel Read(Stream stream)
    {
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zlib);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
            throw new InvalidDataException("not a Marsad NER model (version " + Version + ")");
        var labels = reader.ReadInt32();
        var transitions = new float[(labels + 1) * labels];
        ReadArray(reader, System.Runtime.InteropServices.MemoryMarshal.AsBytes(transitions.AsSpan()));
        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var hashes = new ulong[count];
        ReadArray(reader, System.Runtime.InteropServices.MemoryMarshal.AsBytes(hashes.AsSpan()));
        var weights = new short[count * labels];
        ReadArray(reader, System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("the NER model is stored little-endian");
        return new NerModel(labels, transitions, new FeatureTable(hashes), weights, scale);
    }

    /// <summary>Writes a model: <paramref name="weights"/> is feature-major (features × labels), parallel to <paramref name="hashes"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<ulong> hashes, ReadOnlySpan<float> weights, ReadOnlySpan<float> transitions, int labels)
    {
        var order = Enumerable.Range(0, hashes.Count).OrderBy(i => hashes[i]).ToArray();
        var max = 0f;
        foreach (var w in weights)
            max = Math.Max(max, Math.Abs(w));
        var scale = max == 0 ? 1f : max / short.MaxValue;
        using var zlib = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zlib);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(labels);
        foreach (var t in transitions)
            writer.Write(t);
        writer.Write(order.Length);
        writer.Write(scale);
        foreach (var i in order)
            writer.Write(hashes[i]);
        Span<byte> buffer = stackalloc byte[2];
        foreach (var i in order)
        {
            for (var l = 0; l < labels; l++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(buffer, (short)Math.Round(weights[(i * labels) + l] / scale));
                writer.Write(buffer);
            }
        }
    }

    private static void ReadArray(BinaryReader reader, Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var read = reader.Read(destination);
            if (read == 0)
                throw new InvalidDataException("NER model is truncated");
            destination = destination[read..];
        }
    }
}
