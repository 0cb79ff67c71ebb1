using System.IO.Compression;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Marsad.Analysis.Entities;

/// <summary>
/// A window network (Collobert et al. 2011) whose label log-probabilities, times <see cref="Weight"/>, are added to
/// the CRF's emission scores before Viterbi. Per token it reads the word vectors (skip-gram, learned from the ANT
/// news corpora, frozen) of the five tokens around it, a bag of letter n-grams of the word itself (learned), and
/// for each of the five tokens its gazetteer matches, trigger category and clitics; one ReLU hidden layer, then a
/// softmax over the nine labels. Dense vectors let a name the annotated data never saw borrow the evidence of the
/// names near it in the vector space, which the CRF's cluster ids only do coarsely.
/// Format (zlib, little-endian): "MNNW", version, vocabulary size, dimensions, hidden size, labels, weight;
/// per word its UTF-8 form (length-prefixed) and scale (float32) then its vector as int8; letter n-gram vectors,
/// hidden weights and biases, output weights and biases as float32.
/// </summary>
internal sealed class NerNetwork
{
    /// <summary>Tokens read on each side of the scored one.</summary>
    public const int Window = 2;

    public const int Positions = (2 * Window) + 1;

    /// <summary>Gazetteer bits per token (sources × slots; <see cref="Gazetteer"/>), as begins and as insides.</summary>
    private const int GazetteerBits = 32;

    private const int TriggerSlots = 8;

    /// <summary>Per token: no vector, sentence start, sentence end, proclitic, article.</summary>
    private const int FlagSlots = 5;

    private const int SparsePerPosition = (2 * GazetteerBits) + TriggerSlots + FlagSlots;

    public const int SparseInputs = Positions * SparsePerPosition;

    public const int CharBuckets = 1 << 14;

    public const int CharDimensions = 32;

    private const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "MNNW"u8;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>A network with the given word vectors and zero weights (the trainer fills them).</summary>
    public NerNetwork(string[] vocabulary, float[] embeddings, int dimensions, int hidden, int labels)
    {
        Vocabulary = vocabulary;
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var w = 0; w < vocabulary.Length; w++)
            ids[vocabulary[w]] = w;
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Embeddings = embeddings;
        Dimensions = dimensions;
        HiddenSize = hidden;
        Labels = labels;
        CharEmbeddings = new float[CharBuckets * CharDimensions];
        HiddenWeights = new float[InputSize * hidden];
        HiddenBias = new float[hidden];
        OutputWeights = new float[labels * hidden];
        OutputBias = new float[labels];
    }

    public string[] Vocabulary { get; }

    /// <summary>Word vectors, vocabulary × <see cref="Dimensions"/> (frozen in training).</summary>
    public float[] Embeddings { get; }

    public int Dimensions { get; }

    public int HiddenSize { get; }

    public int Labels { get; }

    /// <summary>Rows of the hidden layer's input: the five word vectors, the letter n-gram vector, then the indicators.</summary>
    public int InputSize => (Positions * Dimensions) + CharDimensions + SparseInputs;

    /// <summary>First input row of the letter n-gram vector.</summary>
    public int CharRow => Positions * Dimensions;

    /// <summary>First input row of the indicators.</summary>
    public int SparseRow => CharRow + CharDimensions;

    public float[] CharEmbeddings { get; }

    /// <summary>Input-major: row r (of <see cref="InputSize"/>) holds the <see cref="HiddenSize"/> weights of input r.</summary>
    public float[] HiddenWeights { get; }

    public float[] HiddenBias { get; }

    /// <summary>Label-major: row y holds the <see cref="HiddenSize"/> weights of label y.</summary>
    public float[] OutputWeights { get; }

    public float[] OutputBias { get; }

    /// <summary>How much the network's log-probabilities count beside the CRF's scores (tuned on the dev split).</summary>
    public float Weight { get; set; } = 1f;

    /// <summary>The inputs of token <paramref name="i"/> of the sentence the extractor last read (of <paramref name="n"/> tokens).</summary>
    public void Encode(NerFeatureExtractor extractor, int i, int n, Input input)
    {
        input.Sparse.Clear();
        input.Chars.Clear();
        for (var p = 0; p < Positions; p++)
        {
            var j = i + p - Window;
            var offset = p * SparsePerPosition;
            var flags = offset + (2 * GazetteerBits) + TriggerSlots;
            if (j < 0 || j >= n)
            {
                input.Words[p] = -1;
                input.Sparse.Add(flags + (j < 0 ? 1 : 2));
                continue;
            }
            var token = extractor.TokenAt(j);
            var id = WordId(token);
            input.Words[p] = id;
            if (id < 0)
                input.Sparse.Add(flags);
            if (token.HasProclitic)
                input.Sparse.Add(flags + 3);
            if (token.HasArticle)
                input.Sparse.Add(flags + 4);
            AddBits(input.Sparse, offset, token.GazetteerBegins);
            AddBits(input.Sparse, offset + GazetteerBits, token.GazetteerInsides);
            if (token.Trigger is > 0 and <= TriggerSlots)
                input.Sparse.Add(offset + (2 * GazetteerBits) + token.Trigger - 1);
            if (p == Window)
                AddCharacterGrams(input.Chars, token.Bare);
        }
    }

    /// <summary>
    /// The label scores (logits) of one encoded token. <paramref name="hidden"/> receives the hidden layer and
    /// <paramref name="chars"/> the letter n-gram vector; in training, <paramref name="dropout"/> (one factor per
    /// dense input, or empty) scales the word and letter vectors.
    /// </summary>
    public void Forward(Input input, Span<float> chars, Span<float> hidden, Span<float> logits, ReadOnlySpan<float> dropout)
    {
        var h = HiddenSize;
        var d = Dimensions;
        HiddenBias.CopyTo(hidden);
        for (var p = 0; p < Positions; p++)
        {
            var w = input.Words[p];
            if (w < 0)
                continue;
            var vector = Embeddings.AsSpan(w * d, d);
            for (var k = 0; k < d; k++)
            {
                var x = dropout.IsEmpty ? vector[k] : vector[k] * dropout[(p * d) + k];
                if (x != 0)
                    TensorPrimitives.MultiplyAdd(HiddenWeights.AsSpan(((p * d) + k) * h, h), x, hidden, hidden);
            }
        }
        chars.Clear();
        if (input.Chars.Count > 0)
        {
            foreach (var bucket in input.Chars)
                TensorPrimitives.Add(chars, CharEmbeddings.AsSpan(bucket * CharDimensions, CharDimensions), chars);
            TensorPrimitives.Multiply(chars, 1f / input.Chars.Count, chars);
            for (var k = 0; k < CharDimensions; k++)
            {
                var x = dropout.IsEmpty ? chars[k] : chars[k] * dropout[CharRow + k];
                TensorPrimitives.MultiplyAdd(HiddenWeights.AsSpan((CharRow + k) * h, h), x, hidden, hidden);
            }
        }
        foreach (var s in input.Sparse)
            TensorPrimitives.Add(hidden, HiddenWeights.AsSpan((SparseRow + s) * h, h), hidden);
        TensorPrimitives.Max(hidden, 0f, hidden);
        for (var y = 0; y < Labels; y++)
            logits[y] = OutputBias[y] + TensorPrimitives.Dot(OutputWeights.AsSpan(y * h, h), hidden);
    }

    /// <summary>Adds <see cref="Weight"/> × the label log-probabilities of each token of the extracted sentence to <paramref name="emissions"/>.</summary>
    public void AddScores(NerFeatureExtractor extractor, int n, float[] emissions, Buffers buffers)
    {
        var labels = Labels;
        Span<float> logits = stackalloc float[labels];
        for (var i = 0; i < n; i++)
        {
            Encode(extractor, i, n, buffers.Input);
            Forward(buffers.Input, buffers.Chars, buffers.Hidden, logits, default);
            var max = TensorPrimitives.Max(logits);
            var sum = 0f;
            for (var y = 0; y < labels; y++)
                sum += MathF.Exp(logits[y] - max);
            var normalizer = max + MathF.Log(sum);
            var row = emissions.AsSpan(i * labels, labels);
            for (var y = 0; y < labels; y++)
                row[y] += Weight * (logits[y] - normalizer);
        }
    }

    private int WordId(NerFeatureExtractor.NerTokenView token) =>
        _lookup.TryGetValue(token.Word, out var id) || _lookup.TryGetValue(token.Remainder, out id) || _lookup.TryGetValue(token.Bare, out id)
            ? id : -1;

    private static void AddBits(List<int> sparse, int offset, uint bits)
    {
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            sparse.Add(offset + bit);
            bits &= bits - 1;
        }
    }

    /// <summary>Hashed letter bigrams, trigrams and four-grams of the word with its boundaries marked.</summary>
    private static void AddCharacterGrams(List<int> buckets, string word)
    {
        var length = word.Length + 2;
        for (var size = 2; size <= 4; size++)
        {
            for (var start = 0; start + size <= length; start++)
            {
                var hash = 2166136261u ^ (uint)size;
                for (var k = start; k < start + size; k++)
                {
                    var c = k == 0 ? '^' : k == length - 1 ? '$' : word[k - 1];
                    hash = (hash ^ c) * 16777619u;
                }
                buckets.Add((int)(hash % CharBuckets));
            }
        }
    }

    public static NerNetwork Read(Stream stream)
    {
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(zlib, 1 << 16), System.Text.Encoding.UTF8);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
            throw new InvalidDataException("not a Marsad NER network (version " + Version + ")");
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var hidden = reader.ReadInt32();
        var labels = reader.ReadInt32();
        var weight = reader.ReadSingle();
        var vocabulary = new string[count];
        var embeddings = new float[count * dimensions];
        var quantized = new sbyte[dimensions];
        for (var w = 0; w < count; w++)
        {
            vocabulary[w] = reader.ReadString();
            var scale = reader.ReadSingle();
            ReadArray(reader, MemoryMarshal.AsBytes(quantized.AsSpan()));
            var row = embeddings.AsSpan(w * dimensions, dimensions);
            for (var k = 0; k < dimensions; k++)
                row[k] = quantized[k] * scale;
        }
        var network = new NerNetwork(vocabulary, embeddings, dimensions, hidden, labels) { Weight = weight };
        ReadArray(reader, MemoryMarshal.AsBytes(network.CharEmbeddings.AsSpan()));
        ReadArray(reader, MemoryMarshal.AsBytes(network.HiddenWeights.AsSpan()));
        ReadArray(reader, MemoryMarshal.AsBytes(network.HiddenBias.AsSpan()));
        ReadArray(reader, MemoryMarshal.AsBytes(network.OutputWeights.AsSpan()));
        ReadArray(reader, MemoryMarshal.AsBytes(network.OutputBias.AsSpan()));
        return network;
    }

    /// <summary>Writes the network; the word vectors are stored as int8 with a scale per word (see <see cref="Quantize"/>).</summary>
    public void Write(Stream stream)
    {
        using var zlib = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zlib, System.Text.Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Vocabulary.Length);
        writer.Write(Dimensions);
        writer.Write(HiddenSize);
        writer.Write(Labels);
        writer.Write(Weight);
        var quantized = new sbyte[Dimensions];
        for (var w = 0; w < Vocabulary.Length; w++)
        {
            writer.Write(Vocabulary[w]);
            var scale = Quantize(Embeddings.AsSpan(w * Dimensions, Dimensions), quantized);
            writer.Write(scale);
            writer.Write(MemoryMarshal.AsBytes(quantized.AsSpan()));
        }
        writer.Write(MemoryMarshal.AsBytes(CharEmbeddings.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(HiddenWeights.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(HiddenBias.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(OutputWeights.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(OutputBias.AsSpan()));
    }

    /// <summary>
    /// A vector as int8 with one scale (its largest magnitude / 127); returns the scale. The trainer rounds the word
    /// vectors this way before training, so the network is trained on exactly the vectors it is shipped with.
    /// </summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> quantized)
    {
        var max = TensorPrimitives.MaxMagnitude(vector);
        var scale = max == 0 ? 1f : MathF.Abs(max) / 127f;
        for (var k = 0; k < vector.Length; k++)
            quantized[k] = (sbyte)Math.Clamp(MathF.Round(vector[k] / scale), -127, 127);
        return scale;
    }

    private static void ReadArray(BinaryReader reader, Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var read = reader.Read(destination);
            if (read == 0)
                throw new InvalidDataException("NER network is truncated");
            destination = destination[read..];
        }
    }

    /// <summary>One token's inputs: the word vector row at each window position (-1: none), indicator ids, letter n-gram buckets.</summary>
    public sealed class Input
    {
        public int[] Words { get; } = new int[Positions];

        public List<int> Sparse { get; } = new(64);

        public List<int> Chars { get; } = new(64);
    }

    /// <summary>Per-thread buffers for <see cref="AddScores"/>.</summary>
    public sealed class Buffers(NerNetwork network)
    {
        public Input Input { get; } = new();

        public float[] Chars { get; } = new float[CharDimensions];

        public float[] Hidden { get; } = new float[network.HiddenSize];
    }
}
