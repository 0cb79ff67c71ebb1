using System.Collections.Concurrent;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// A small ensemble of BiLSTM-CRF taggers (trained by training/ner/bilstm_crf.py, written by export_bilstm.py) whose
/// averaged per-token label probabilities, as logs times a weight, are added to the CRF's emission scores before
/// Viterbi. Each network reads per token the frozen skip-gram vector of the word, learned embeddings of its three
/// clusters and of the training word, a letter CNN over the normalized word, and the CRF extractor's indicators
/// (gazetteer bits, trigger category, proclitic, article), so the two models see the same lexicon.
/// Everything a token contributes through its form alone is projected once per form and cached; per token only the
/// gazetteer bits, the two recurrences and the CRF marginals remain. Thread-safe.
/// </summary>
internal sealed class NerNetworks : INerEmissionScores
{
    private const int Version = 1;
    private const int GazetteerBits = 25;
    private const int Triggers = 4;
    private const int Indicators = (2 * GazetteerBits) + Triggers + 3;
    private const int ClusterDims = 8 + 16 + 32;

    /// <summary>Cluster ids per granularity (64, 256, 1024 clusters, + 1 for a word without one) and their embedding sizes.</summary>
    private static readonly int[] ClusterIds = [65, 257, 1025];
    private static readonly int[] ClusterEmbeddingDims = [8, 16, 32];
    private const float Forbidden = -1e4f;

    /// <summary>
    /// Forms whose projections are cached, as float16 (2 KB per form for two networks: 32 MB when full); the most
    /// frequent words of a text fill it first.
    /// </summary>
    private const int CacheCapacity = 16_384;

    private static ReadOnlySpan<byte> Magic => "MNLS"u8;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vectorLookup;
    private readonly sbyte[] _vectors;
    private readonly float[] _vectorScales;
    private readonly int _dims;
    private readonly Network[] _networks;
    private readonly int _width;
    private readonly ConcurrentDictionary<string, Half[]> _cache = new(StringComparer.Ordinal);
    private int _cached;
    private readonly ThreadLocal<Buffers> _buffers = new(() => new Buffers());

    private NerNetworks(Dictionary<string, int> vectorIndex, sbyte[] vectors, float[] scales, int dims, Network[] networks, float weight)
    {
        _vectorLookup = vectorIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        _vectors = vectors;
        _vectorScales = scales;
        _dims = dims;
        _networks = networks;
        _width = networks.Sum(network => network.Gates * 2);
        Weight = weight;
    }

    /// <summary>How much the networks' log-probabilities count beside the CRF's scores.</summary>
    public float Weight { get; set; }

    public int Count => _networks.Length;

    public void AddTo(NerFeatureExtractor extractor, IReadOnlyList<string> tokens, Span<float> emissions)
    {
        var n = tokens.Count;
        const int labels = NerLabels.Count;
        var buffers = _buffers.Value!;
        var probabilities = buffers.Get(ref buffers.Probabilities, n * labels);
        probabilities.Clear();
        if (buffers.Forms.Length < n)
            buffers.Forms = new Half[Math.Max(n, buffers.Forms.Length * 2)][];
        var forms = buffers.Forms;
        var missing = buffers.Missing;
        var fresh = buffers.Fresh;
        for (var i = 0; i < n; i++)
        {
            var word = extractor.TokenAt(i).Word;
            if (_cache.TryGetValue(word, out var cached) || fresh.TryGetValue(word, out cached))
            {
                forms[i] = cached;
                continue;
            }
            forms[i] = fresh[word] = new Half[_width];
            missing.Add(i);
        }
        if (missing.Count > 0)
        {
            Project(extractor, missing, forms, buffers);
            foreach (var (word, projection) in fresh)
            {
                // a counter rather than ConcurrentDictionary.Count, which takes every lock
                if (Volatile.Read(ref _cached) >= CacheCapacity)
                    break;
                if (_cache.TryAdd(word, projection))
                    Interlocked.Increment(ref _cached);
            }
            missing.Clear();
            fresh.Clear();
        }
        var offset = 0;
        for (var k = 0; k < _networks.Length; k++)
        {
            var network = _networks[k];
            var width = network.Gates * 2;
            var inputs = buffers.Get(ref buffers.Inputs, n * width);
            for (var i = 0; i < n; i++)
            {
                var view = extractor.TokenAt(i);
                var row = inputs.Slice(i * width, width);
                TensorPrimitives.ConvertToSingle(forms[i].AsSpan(offset, width), row);
                network.AddGazetteerBits(view.GazetteerBegins, view.GazetteerInsides, row);
            }
            offset += width;
            var scores = buffers.Get(ref buffers.Scores, n * labels);
            network.Emissions(inputs, n, scores, buffers);
            network.AddMarginals(scores, n, probabilities, buffers);
        }
        var scale = Weight;
        var count = _networks.Length;
        for (var i = 0; i < n * labels; i++)
            emissions[i] += scale * MathF.Log(Math.Max(probabilities[i] / count, 1e-30f));
    }

    /// <summary>
    /// Fills <c>forms[i]</c> for the tokens i in <paramref name="missing"/> (one per form not yet projected): the
    /// input projections (both directions, every network) of everything the token contributes through its form, all
    /// but its gazetteer bits, plus the gate biases. The forms of a window are projected together, so each network's
    /// input weights are read once per window rather than once per form.
    /// </summary>
    private void Project(NerFeatureExtractor extractor, List<int> missing, Half[][] forms, Buffers buffers)
    {
        var m = missing.Count;
        var vectors = buffers.Get(ref buffers.Vector, m * _dims);
        var noVector = buffers.NoVector.Length >= m ? buffers.NoVector : buffers.NoVector = new bool[Math.Max(m, buffers.NoVector.Length * 2)];
        for (var r = 0; r < m; r++)
        {
            var vector = vectors.Slice(r * _dims, _dims);
            var index = VectorIndexOf(extractor.TokenAt(missing[r]));
            noVector[r] = index < 0;
            if (index < 0)
            {
                vector.Clear();
                continue;
            }
            var q = _vectors.AsSpan(index * _dims, _dims);
            var scale = _vectorScales[index];
            for (var d = 0; d < _dims; d++)
                vector[d] = q[d] * scale;
        }
        var offset = 0;
        foreach (var network in _networks)
        {
            network.ProjectForms(extractor, missing, vectors, noVector, forms, offset, buffers);
            offset += network.Gates * 2;
        }
    }

    /// <summary>The word's vector row: of the word, else without its proclitic, else without the article (as its clusters).</summary>
    private int VectorIndexOf(NerFeatureExtractor.NerTokenView view)
    {
        if (_vectorLookup.TryGetValue(view.Word, out var index) || _vectorLookup.TryGetValue(view.Remainder, out index) || _vectorLookup.TryGetValue(view.Bare, out index))
            return index;
        return -1;
    }

    /// <summary>Reads the networks written by training/ner/export_bilstm.py.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a file, or is truncated.</exception>
    public static NerNetworks Read(Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("the NER networks are stored little-endian");
        // read whole first: the 68k vector words are then decoded straight from one buffer (the file is not
        // compressed: int8 vectors do not shrink, and inflating cost more time than reading)
        var payload = new MemoryStream();
        stream.CopyTo(payload);
        payload.Position = 0;
        using var reader = new BinaryReader(payload);
        try
        {
            if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
                throw new InvalidDataException("not a Marsad NER network file (version " + Version + ")");
            var count = reader.ReadInt32();
            var weight = reader.ReadSingle();
            var words = reader.ReadInt32();
            var dims = reader.ReadInt32();
            if (count is < 1 or > 16 || words < 0 || dims is < 1 or > 1024)
                throw new InvalidDataException($"NER network file: implausible header ({count} networks, {words} × {dims} vectors)");
            var index = new Dictionary<string, int>(words, StringComparer.Ordinal);
            var vectors = new sbyte[words * dims];
            var scales = new float[words];
            for (var w = 0; w < words; w++)
            {
                index[ReadText(reader)] = w;
                scales[w] = reader.ReadSingle();
                reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan(w * dims, dims)));
            }
            var networks = new Network[count];
            for (var k = 0; k < count; k++)
                networks[k] = Network.Read(reader, dims);
            return new NerNetworks(index, vectors, scales, dims, networks, weight);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("NER network file is truncated");
        }
    }

    private static string ReadText(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length is < 0 or > 4096)
            throw new InvalidDataException($"NER network file: implausible string length {length}");
        var payload = (MemoryStream)reader.BaseStream;
        if (payload.Position + length > payload.Length)
            throw new EndOfStreamException();
        var text = Encoding.UTF8.GetString(payload.GetBuffer(), (int)payload.Position, length);
        payload.Position += length;
        return text;
    }

    /// <summary>Per-thread work arrays, grown as needed.</summary>
    private sealed class Buffers
    {
        public float[] Probabilities = [];
        public Half[][] Forms = [];
        public bool[] NoVector = [];
        public float[] Projected = [];
        public readonly List<int> Missing = [];
        public readonly Dictionary<string, Half[]> Fresh = new(StringComparer.Ordinal);
        public float[] Inputs = [];
        public float[] Scores = [];
        public float[] Vector = [];
        public float[] Hidden = [];
        public float[] Gate = [];
        public float[] State = [];
        public float[] Letters = [];
        public float[] Filters = [];
        public float[] Alpha = [];
        public float[] Beta = [];
        public float[] Emission = [];
        public float[] Input = [];

        public Span<float> Get(ref float[] array, int size)
        {
            if (array.Length < size)
                array = new float[Math.Max(size, array.Length * 2)];
            return array.AsSpan(0, size);
        }
    }

    /// <summary>One BiLSTM-CRF: its embeddings, letter CNN, two LSTM directions, output layer and CRF parameters.</summary>
    private sealed class Network
    {
        private int _hidden;
        private int _wordDim;
        private int _letterDim;
        private int _filters;
        private int _inputs;
        private Dictionary<char, int> _letters = [];
        private Dictionary<string, int> _known = [];
        private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _knownLookup;
        private float[] _wordEmbeddings = [];
        private float[][] _clusterEmbeddings = [];
        private float[] _letterEmbeddings = [];
        private float[] _convolutionColumns = [];
        private float[] _convolutionBias = [];

        // input weights of both directions, one column of 2 × Gates per input (forward gates, then backward gates)
        private float[] _inputColumns = [];
        private float[] _gateBias = [];

        // recurrent weights per direction, one column of Gates per hidden unit
        private float[] _forwardRecurrent = [];
        private float[] _backwardRecurrent = [];
        private float[] _output = [];
        private float[] _outputBias = [];
        private float[] _transitions = [];
        private float[] _start = [];
        private float[] _end = [];

        // exp of the CRF parameters (forbidden transitions become 0), for forward-backward in probability space
        private float[] _transitionsExp = [];
        private float[] _startExp = [];
        private float[] _endExp = [];

        /// <summary>Gate pre-activations per direction: input, forget, cell and output gates of every hidden unit.</summary>
        public int Gates => 4 * _hidden;

        public static Network Read(BinaryReader reader, int vectorDims)
        {
            var network = new Network
            {
                _hidden = reader.ReadInt32(),
                _wordDim = reader.ReadInt32(),
                _letterDim = reader.ReadInt32(),
                _filters = reader.ReadInt32(),
            };
            if (network._hidden is < 1 or > 1024 || network._wordDim is < 1 or > 1024 || network._letterDim is < 1 or > 1024 || network._filters is < 1 or > 1024)
                throw new InvalidDataException("NER network file: implausible layer sizes");
            var letters = reader.ReadInt32();
            for (var i = 0; i < letters; i++)
            {
                var codePoint = reader.ReadInt32();
                var id = reader.ReadInt32();
                if (codePoint is >= 0 and <= char.MaxValue)
                    network._letters[(char)codePoint] = id;
            }
            var known = reader.ReadInt32();
            network._known = new Dictionary<string, int>(known, StringComparer.Ordinal);
            for (var i = 0; i < known; i++)
                network._known[ReadText(reader)] = reader.ReadInt32();
            network._knownLookup = network._known.GetAlternateLookup<ReadOnlySpan<char>>();

            network._wordEmbeddings = ReadTensor(reader, -1, network._wordDim);
            network._clusterEmbeddings = [.. Enumerable.Range(0, 3).Select(level => ReadTensor(reader, ClusterIds[level], ClusterEmbeddingDims[level]))];
            network._letterEmbeddings = ReadTensor(reader, -1, network._letterDim);
            var convolution = ReadTensor(reader, network._filters, network._letterDim * 3);
            network._convolutionBias = ReadTensor(reader, 1, network._filters);
            network._inputs = vectorDims + ClusterDims + network._wordDim + network._filters + Indicators;
            var gates = network.Gates;
            var forwardInput = ReadTensor(reader, gates, network._inputs);
            var forwardRecurrent = ReadTensor(reader, gates, network._hidden);
            var forwardBias = Sum(ReadTensor(reader, 1, gates), ReadTensor(reader, 1, gates));
            var backwardInput = ReadTensor(reader, gates, network._inputs);
            var backwardRecurrent = ReadTensor(reader, gates, network._hidden);
            var backwardBias = Sum(ReadTensor(reader, 1, gates), ReadTensor(reader, 1, gates));
            network._output = ReadTensor(reader, NerLabels.Count, 2 * network._hidden);
            network._outputBias = ReadTensor(reader, 1, NerLabels.Count);
            network._transitions = ReadTensor(reader, NerLabels.Count, NerLabels.Count);
            network._start = ReadTensor(reader, 1, NerLabels.Count);
            network._end = ReadTensor(reader, 1, NerLabels.Count);

            network._inputColumns = new float[network._inputs * 2 * gates];
            for (var j = 0; j < network._inputs; j++)
            {
                for (var g = 0; g < gates; g++)
                {
                    network._inputColumns[(j * 2 * gates) + g] = forwardInput[(g * network._inputs) + j];
                    network._inputColumns[(j * 2 * gates) + gates + g] = backwardInput[(g * network._inputs) + j];
                }
            }
            network._gateBias = [.. forwardBias, .. backwardBias];
            network._forwardRecurrent = Transpose(forwardRecurrent, gates, network._hidden);
            network._backwardRecurrent = Transpose(backwardRecurrent, gates, network._hidden);
            for (var p = 0; p < NerLabels.Count; p++)
            {
                for (var y = 0; y < NerLabels.Count; y++)
                {
                    if (!NerLabels.CanFollow(p, y))
                        network._transitions[(p * NerLabels.Count) + y] += Forbidden;
                }
            }
            for (var y = 0; y < NerLabels.Count; y++)
            {
                if (!NerLabels.CanFollow(-1, y))
                    network._start[y] += Forbidden;
            }
            network._transitionsExp = Exp(network._transitions);
            network._startExp = Exp(network._start);
            network._endExp = Exp(network._end);
            // the letter filters from PyTorch's (filter, letter dim, kernel position) to one column of filters per
            // (kernel position, letter dim)
            var dims = network._letterDim;
            var filters = network._filters;
            network._convolutionColumns = new float[convolution.Length];
            for (var f = 0; f < filters; f++)
            {
                for (var d = 0; d < dims; d++)
                {
                    for (var k = 0; k < 3; k++)
                        network._convolutionColumns[(((k * dims) + d) * filters) + f] = convolution[(f * dims * 3) + (d * 3) + k];
                }
            }
            return network;
        }

        private static float[] Exp(float[] values)
        {
            var result = new float[values.Length];
            TensorPrimitives.Exp(values, result);
            return result;
        }

        private static float[] Sum(float[] a, float[] b)
        {
            TensorPrimitives.Add(a, b, a);
            return a;
        }

        private static float[] Transpose(float[] matrix, int rows, int columns)
        {
            var result = new float[matrix.Length];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                    result[(c * rows) + r] = matrix[(r * columns) + c];
            }
            return result;
        }

        /// <summary>Reads a float16 tensor (rows, columns, values); <paramref name="rows"/> -1 accepts any row count.</summary>
        private static float[] ReadTensor(BinaryReader reader, int rows, int columns)
        {
            var r = reader.ReadInt32();
            var c = reader.ReadInt32();
            if ((rows >= 0 && r != rows) || c != columns || r < 0 || (long)r * c > 64_000_000)
                throw new InvalidDataException($"NER network file: a tensor of {r} × {c} where {(rows < 0 ? "n" : rows.ToString(System.Globalization.CultureInfo.InvariantCulture))} × {columns} was expected");
            var halves = new Half[r * c];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
            var result = new float[halves.Length];
            TensorPrimitives.ConvertToSingle(halves, result);
            return result;
        }

        /// <summary>
        /// Writes into <paramref name="destination"/> (both directions' gates) the gate biases plus the input weights
        /// times every input the token's form decides: vector, clusters, training word, letter CNN, trigger category,
        /// proclitic, article and the no-vector bit.
        /// </summary>
        public void ProjectForms(NerFeatureExtractor extractor, List<int> missing, ReadOnlySpan<float> vectors, ReadOnlySpan<bool> noVector, Half[][] forms, int offset, Buffers buffers)
        {
            var m = missing.Count;
            var width = 2 * Gates;
            var inputs = buffers.Get(ref buffers.Input, m * _inputs);
            var outputs = buffers.Get(ref buffers.Projected, m * width);
            var dims = vectors.Length / m;
            for (var r = 0; r < m; r++)
            {
                FormInput(extractor.TokenAt(missing[r]), vectors.Slice(r * dims, dims), noVector[r], inputs.Slice(r * _inputs, _inputs), buffers);
                _gateBias.CopyTo(outputs.Slice(r * width, width));
            }
            AddProducts(_inputColumns, width, inputs, _inputs, outputs);
            for (var r = 0; r < m; r++)
                TensorPrimitives.ConvertToHalf(outputs.Slice(r * width, width), forms[missing[r]].AsSpan(offset, width));
        }

        /// <summary>
        /// Writes the token's input vector, all but the gazetteer bits: vector, clusters, training word, letter CNN,
        /// trigger category, proclitic, article and the no-vector bit.
        /// </summary>
        private void FormInput(NerFeatureExtractor.NerTokenView view, ReadOnlySpan<float> vector, bool noVector, Span<float> input, Buffers buffers)
        {
            input.Clear();
            vector.CopyTo(input);
            var column = vector.Length;
            var cluster = view.Cluster;
            ReadOnlySpan<int> ids = [cluster.Coarse + 1, cluster.Middle + 1, cluster.Fine + 1];
            for (var level = 0; level < 3; level++)
            {
                var dim = ClusterEmbeddingDims[level];
                var id = Math.Clamp(ids[level], 0, ClusterIds[level] - 1);
                _clusterEmbeddings[level].AsSpan(id * dim, dim).CopyTo(input[column..]);
                column += dim;
            }
            var known = _knownLookup.TryGetValue(view.Bare, out var wordId) ? wordId : 1;
            _wordEmbeddings.AsSpan(known * _wordDim, _wordDim).CopyTo(input[column..]);
            column += _wordDim;
            LetterFeatures(view.Word, input.Slice(column, _filters), buffers);
            column += _filters;
            var indicators = column;
            if (view.Trigger is >= 1 and <= Triggers)
                input[indicators + (2 * GazetteerBits) + view.Trigger - 1] = 1f;
            var flags = indicators + (2 * GazetteerBits) + Triggers;
            if (view.Proclitic.Length > 0 && view.Proclitic[0] != '+')
                input[flags] = 1f;
            if (view.Proclitic.EndsWith("ال", StringComparison.Ordinal))
                input[flags + 1] = 1f;
            if (noVector)
                input[flags + 2] = 1f;
        }

        /// <summary>Adds the input columns of the token's gazetteer begin and inside bits.</summary>
        public void AddGazetteerBits(uint begins, uint insides, Span<float> destination)
        {
            var indicators = _inputs - Indicators;
            for (var bits = begins & ((1u << GazetteerBits) - 1); bits != 0; bits &= bits - 1)
                AddColumn(indicators + System.Numerics.BitOperations.TrailingZeroCount(bits), 1f, destination);
            for (var bits = insides & ((1u << GazetteerBits) - 1); bits != 0; bits &= bits - 1)
                AddColumn(indicators + GazetteerBits + System.Numerics.BitOperations.TrailingZeroCount(bits), 1f, destination);
        }

        private void AddColumn(int input, float value, Span<float> destination)
        {
            var width = 2 * Gates;
            TensorPrimitives.MultiplyAdd(_inputColumns.AsSpan(input * width, width), value, destination, destination);
        }

        /// <summary>
        /// The letter CNN: width-3 filters over the word's letter embeddings (zero-padded), max over positions, tanh.
        /// Each window of three letters is one contiguous input vector (<c>k * letter dim + d</c>) times the filters'
        /// columns.
        /// </summary>
        private void LetterFeatures(string word, Span<float> result, Buffers buffers)
        {
            var length = Math.Max(word.Length, 1);
            var dim = _letterDim;
            var embedded = buffers.Get(ref buffers.Letters, (length + 2) * dim);
            embedded.Clear();
            for (var p = 0; p < word.Length; p++)
            {
                var id = _letters.TryGetValue(word[p], out var known) ? known : 1;
                _letterEmbeddings.AsSpan(id * dim, dim).CopyTo(embedded.Slice((p + 1) * dim, dim));
            }
            if (word.Length == 0)
                _letterEmbeddings.AsSpan(dim, dim).CopyTo(embedded.Slice(dim, dim));
            var filters = buffers.Get(ref buffers.Filters, _filters);
            result.Fill(float.NegativeInfinity);
            for (var p = 0; p < length; p++)
            {
                _convolutionBias.CopyTo(filters);
                AddProduct(_convolutionColumns, _filters, embedded.Slice(p * dim, 3 * dim), filters);
                TensorPrimitives.Max(result, filters, result);
            }
            TensorPrimitives.Tanh(result, result);
        }

        /// <summary>
        /// Row r of <paramref name="y"/> (rows of <paramref name="width"/>) += Σ_j x[r, j] × column j of
        /// <paramref name="columns"/>, for every row of <paramref name="x"/> (rows of <paramref name="m"/>): 64 outputs of
        /// every row at a time, so each block of weights is loaded once for all rows.
        /// </summary>
        private static void AddProducts(ReadOnlySpan<float> columns, int width, ReadOnlySpan<float> x, int m, Span<float> y)
        {
            var rows = x.Length / m;
            ref var c = ref MemoryMarshal.GetReference(columns);
            ref var o = ref MemoryMarshal.GetReference(y);
            var b = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                for (; b + 128 <= width; b += 128)
                {
                    for (var j = 0; j < m; j++)
                    {
                        ref var col = ref Unsafe.Add(ref c, (j * width) + b);
                        var c0 = Vector512.LoadUnsafe(ref col);
                        var c1 = Vector512.LoadUnsafe(ref col, 16);
                        var c2 = Vector512.LoadUnsafe(ref col, 32);
                        var c3 = Vector512.LoadUnsafe(ref col, 48);
                        var c4 = Vector512.LoadUnsafe(ref col, 64);
                        var c5 = Vector512.LoadUnsafe(ref col, 80);
                        var c6 = Vector512.LoadUnsafe(ref col, 96);
                        var c7 = Vector512.LoadUnsafe(ref col, 112);
                        for (var r = 0; r < rows; r++)
                        {
                            var value = x[(r * m) + j];
                            if (value == 0)
                                continue;
                            var v = Vector512.Create(value);
                            ref var row = ref Unsafe.Add(ref o, (r * width) + b);
                            Vector512.FusedMultiplyAdd(c0, v, Vector512.LoadUnsafe(ref row)).StoreUnsafe(ref row);
                            Vector512.FusedMultiplyAdd(c1, v, Vector512.LoadUnsafe(ref row, 16)).StoreUnsafe(ref row, 16);
                            Vector512.FusedMultiplyAdd(c2, v, Vector512.LoadUnsafe(ref row, 32)).StoreUnsafe(ref row, 32);
                            Vector512.FusedMultiplyAdd(c3, v, Vector512.LoadUnsafe(ref row, 48)).StoreUnsafe(ref row, 48);
                            Vector512.FusedMultiplyAdd(c4, v, Vector512.LoadUnsafe(ref row, 64)).StoreUnsafe(ref row, 64);
                            Vector512.FusedMultiplyAdd(c5, v, Vector512.LoadUnsafe(ref row, 80)).StoreUnsafe(ref row, 80);
                            Vector512.FusedMultiplyAdd(c6, v, Vector512.LoadUnsafe(ref row, 96)).StoreUnsafe(ref row, 96);
                            Vector512.FusedMultiplyAdd(c7, v, Vector512.LoadUnsafe(ref row, 112)).StoreUnsafe(ref row, 112);
                        }
                    }
                }
            }
            for (; b + 64 <= width; b += 64)
            {
                for (var j = 0; j < m; j++)
                {
                    ref var col = ref Unsafe.Add(ref c, (j * width) + b);
                    var c0 = Vector256.LoadUnsafe(ref col);
                    var c1 = Vector256.LoadUnsafe(ref col, 8);
                    var c2 = Vector256.LoadUnsafe(ref col, 16);
                    var c3 = Vector256.LoadUnsafe(ref col, 24);
                    var c4 = Vector256.LoadUnsafe(ref col, 32);
                    var c5 = Vector256.LoadUnsafe(ref col, 40);
                    var c6 = Vector256.LoadUnsafe(ref col, 48);
                    var c7 = Vector256.LoadUnsafe(ref col, 56);
                    for (var r = 0; r < rows; r++)
                    {
                        var value = x[(r * m) + j];
                        if (value == 0)
                            continue;
                        var v = Vector256.Create(value);
                        ref var row = ref Unsafe.Add(ref o, (r * width) + b);
                        Vector256.FusedMultiplyAdd(c0, v, Vector256.LoadUnsafe(ref row)).StoreUnsafe(ref row);
                        Vector256.FusedMultiplyAdd(c1, v, Vector256.LoadUnsafe(ref row, 8)).StoreUnsafe(ref row, 8);
                        Vector256.FusedMultiplyAdd(c2, v, Vector256.LoadUnsafe(ref row, 16)).StoreUnsafe(ref row, 16);
                        Vector256.FusedMultiplyAdd(c3, v, Vector256.LoadUnsafe(ref row, 24)).StoreUnsafe(ref row, 24);
                        Vector256.FusedMultiplyAdd(c4, v, Vector256.LoadUnsafe(ref row, 32)).StoreUnsafe(ref row, 32);
                        Vector256.FusedMultiplyAdd(c5, v, Vector256.LoadUnsafe(ref row, 40)).StoreUnsafe(ref row, 40);
                        Vector256.FusedMultiplyAdd(c6, v, Vector256.LoadUnsafe(ref row, 48)).StoreUnsafe(ref row, 48);
                        Vector256.FusedMultiplyAdd(c7, v, Vector256.LoadUnsafe(ref row, 56)).StoreUnsafe(ref row, 56);
                    }
                }
            }
            for (; b < width; b++)
            {
                for (var r = 0; r < rows; r++)
                {
                    var sum = y[(r * width) + b];
                    for (var j = 0; j < m; j++)
                        sum += x[(r * m) + j] * columns[(j * width) + b];
                    y[(r * width) + b] = sum;
                }
            }
        }

        /// <summary>
        /// <paramref name="y"/> += Σ_j x[j] × column j of <paramref name="columns"/> (columns of <paramref name="width"/>
        /// floats, one per element of <paramref name="x"/>), 64 outputs at a time held in registers; zero inputs skipped.
        /// </summary>
        private static void AddProduct(ReadOnlySpan<float> columns, int width, ReadOnlySpan<float> x, Span<float> y)
        {
            ref var c = ref MemoryMarshal.GetReference(columns);
            ref var o = ref MemoryMarshal.GetReference(y);
            var m = x.Length;
            var b = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                for (; b + 128 <= width; b += 128)
                {
                    var a0 = Vector512.LoadUnsafe(ref o, (nuint)b);
                    var a1 = Vector512.LoadUnsafe(ref o, (nuint)(b + 16));
                    var a2 = Vector512.LoadUnsafe(ref o, (nuint)(b + 32));
                    var a3 = Vector512.LoadUnsafe(ref o, (nuint)(b + 48));
                    var a4 = Vector512.LoadUnsafe(ref o, (nuint)(b + 64));
                    var a5 = Vector512.LoadUnsafe(ref o, (nuint)(b + 80));
                    var a6 = Vector512.LoadUnsafe(ref o, (nuint)(b + 96));
                    var a7 = Vector512.LoadUnsafe(ref o, (nuint)(b + 112));
                    for (var j = 0; j < m; j++)
                    {
                        var value = x[j];
                        if (value == 0)
                            continue;
                        var v = Vector512.Create(value);
                        ref var col = ref Unsafe.Add(ref c, (j * width) + b);
                        a0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref col), v, a0);
                        a1 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref col, 16), v, a1);
                        a2 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref col, 32), v, a2);
                        a3 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref col, 48), v, a3);
                        a4 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref col, 64), v, a4);
                        a5 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref col, 80), v, a5);
                        a6 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref col, 96), v, a6);
                        a7 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref col, 112), v, a7);
                    }
                    a0.StoreUnsafe(ref o, (nuint)b);
                    a1.StoreUnsafe(ref o, (nuint)(b + 16));
                    a2.StoreUnsafe(ref o, (nuint)(b + 32));
                    a3.StoreUnsafe(ref o, (nuint)(b + 48));
                    a4.StoreUnsafe(ref o, (nuint)(b + 64));
                    a5.StoreUnsafe(ref o, (nuint)(b + 80));
                    a6.StoreUnsafe(ref o, (nuint)(b + 96));
                    a7.StoreUnsafe(ref o, (nuint)(b + 112));
                }
            }
            for (; b + 64 <= width; b += 64)
            {
                var a0 = Vector256.LoadUnsafe(ref o, (nuint)b);
                var a1 = Vector256.LoadUnsafe(ref o, (nuint)(b + 8));
                var a2 = Vector256.LoadUnsafe(ref o, (nuint)(b + 16));
                var a3 = Vector256.LoadUnsafe(ref o, (nuint)(b + 24));
                var a4 = Vector256.LoadUnsafe(ref o, (nuint)(b + 32));
                var a5 = Vector256.LoadUnsafe(ref o, (nuint)(b + 40));
                var a6 = Vector256.LoadUnsafe(ref o, (nuint)(b + 48));
                var a7 = Vector256.LoadUnsafe(ref o, (nuint)(b + 56));
                for (var j = 0; j < m; j++)
                {
                    var value = x[j];
                    if (value == 0)
                        continue;
                    var v = Vector256.Create(value);
                    ref var col = ref Unsafe.Add(ref c, (j * width) + b);
                    a0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref col), v, a0);
                    a1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref col, 8), v, a1);
                    a2 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref col, 16), v, a2);
                    a3 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref col, 24), v, a3);
                    a4 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref col, 32), v, a4);
                    a5 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref col, 40), v, a5);
                    a6 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref col, 48), v, a6);
                    a7 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref col, 56), v, a7);
                }
                a0.StoreUnsafe(ref o, (nuint)b);
                a1.StoreUnsafe(ref o, (nuint)(b + 8));
                a2.StoreUnsafe(ref o, (nuint)(b + 16));
                a3.StoreUnsafe(ref o, (nuint)(b + 24));
                a4.StoreUnsafe(ref o, (nuint)(b + 32));
                a5.StoreUnsafe(ref o, (nuint)(b + 40));
                a6.StoreUnsafe(ref o, (nuint)(b + 48));
                a7.StoreUnsafe(ref o, (nuint)(b + 56));
            }
            for (; b < width; b++)
            {
                var sum = y[b];
                for (var j = 0; j < m; j++)
                    sum += x[j] * columns[(j * width) + b];
                y[b] = sum;
            }
        }

        /// <summary>Label scores of every token from its gate inputs (<paramref name="inputs"/>: n × 2 × Gates).</summary>
        public void Emissions(ReadOnlySpan<float> inputs, int n, Span<float> scores, Buffers buffers)
        {
            var h = _hidden;
            var gates = Gates;
            var hidden = buffers.Get(ref buffers.Hidden, n * 2 * h);
            var gate = buffers.Get(ref buffers.Gate, gates);
            var state = buffers.Get(ref buffers.State, 2 * h);
            for (var direction = 0; direction < 2; direction++)
            {
                var recurrent = direction == 0 ? _forwardRecurrent : _backwardRecurrent;
                var cell = state[..h];
                var previous = state[h..];
                cell.Clear();
                previous.Clear();
                for (var step = 0; step < n; step++)
                {
                    var t = direction == 0 ? step : n - 1 - step;
                    inputs.Slice((t * 2 * gates) + (direction * gates), gates).CopyTo(gate);
                    AddProduct(recurrent, gates, previous, gate);
                    // PyTorch's gate order: input, forget, cell, output
                    TensorPrimitives.Sigmoid(gate[..(2 * h)], gate[..(2 * h)]);
                    TensorPrimitives.Tanh(gate.Slice(2 * h, h), gate.Slice(2 * h, h));
                    TensorPrimitives.Sigmoid(gate.Slice(3 * h, h), gate.Slice(3 * h, h));
                    var output = hidden.Slice((t * 2 * h) + (direction * h), h);
                    TensorPrimitives.Multiply(gate.Slice(h, h), cell, cell);
                    TensorPrimitives.MultiplyAdd(gate[..h], gate.Slice(2 * h, h), cell, cell);
                    TensorPrimitives.Tanh(cell, output);
                    TensorPrimitives.Multiply(output, gate.Slice(3 * h, h), output);
                    output.CopyTo(previous);
                }
            }
            const int labels = NerLabels.Count;
            for (var t = 0; t < n; t++)
            {
                var both = hidden.Slice(t * 2 * h, 2 * h);
                for (var y = 0; y < labels; y++)
                    scores[(t * labels) + y] = _outputBias[y] + TensorPrimitives.Dot(_output.AsSpan(y * 2 * h, 2 * h), both);
            }
        }

        /// <summary>
        /// Adds each token's label marginals (forward-backward over the CRF) to <paramref name="probabilities"/>, in
        /// probability space with each step rescaled to sum 1 (the scales cancel in the marginals).
        /// </summary>
        public void AddMarginals(ReadOnlySpan<float> scores, int n, Span<float> probabilities, Buffers buffers)
        {
            const int labels = NerLabels.Count;
            var alpha = buffers.Get(ref buffers.Alpha, n * labels);
            var beta = buffers.Get(ref buffers.Beta, n * labels);
            var emission = buffers.Get(ref buffers.Emission, n * labels);
            for (var t = 0; t < n; t++)
            {
                // scores shifted by their maximum per token: a constant per token cancels in the normalized marginals
                var row = scores.Slice(t * labels, labels);
                var e = emission.Slice(t * labels, labels);
                TensorPrimitives.Subtract(row, TensorPrimitives.Max(row), e);
                TensorPrimitives.Exp(e, e);
            }
            for (var y = 0; y < labels; y++)
                alpha[y] = _startExp[y] * emission[y];
            Normalize(alpha[..labels]);
            for (var t = 1; t < n; t++)
            {
                for (var y = 0; y < labels; y++)
                {
                    var sum = 0f;
                    for (var p = 0; p < labels; p++)
                        sum += alpha[((t - 1) * labels) + p] * _transitionsExp[(p * labels) + y];
                    alpha[(t * labels) + y] = sum * emission[(t * labels) + y];
                }
                Normalize(alpha.Slice(t * labels, labels));
            }
            _endExp.CopyTo(beta[((n - 1) * labels)..]);
            Normalize(beta.Slice((n - 1) * labels, labels));
            for (var t = n - 1; t > 0; t--)
            {
                for (var p = 0; p < labels; p++)
                {
                    var sum = 0f;
                    for (var y = 0; y < labels; y++)
                        sum += _transitionsExp[(p * labels) + y] * emission[(t * labels) + y] * beta[(t * labels) + y];
                    beta[((t - 1) * labels) + p] = sum;
                }
                Normalize(beta.Slice((t - 1) * labels, labels));
            }
            Span<float> marginal = stackalloc float[labels];
            for (var t = 0; t < n; t++)
            {
                TensorPrimitives.Multiply(alpha.Slice(t * labels, labels), beta.Slice(t * labels, labels), marginal);
                Normalize(marginal);
                TensorPrimitives.Add(probabilities.Slice(t * labels, labels), marginal, probabilities.Slice(t * labels, labels));
            }
        }

        private static void Normalize(Span<float> values)
        {
            var sum = TensorPrimitives.Sum(values);
            if (sum > 0)
                TensorPrimitives.Divide(values, sum, values);
        }
    }
}
