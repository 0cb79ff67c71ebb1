using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using Marsad.Analysis.Entities;
using static Marsad.Training.Ner.NerClustersTrainer;

namespace Marsad.Training.Ner;

/// <summary>
/// Trains the window network whose label log-probabilities are added to the CRF's emissions
/// (src/Marsad.Core/Resources/models/ner-network.bin; <see cref="NerNetwork"/>): per-token softmax cross-entropy,
/// Adam on minibatches, dropout on the word and letter vectors, fixed seed, single thread. The word vectors are the
/// skip-gram vectors of <c>ner-clusters --vectors-out</c>, frozen. Training inputs are read with the gazetteer of
/// annotated names built by folds, as for the CRF. The network's weight beside the CRF is tuned on the dev split
/// with the CRF at <c>--crf</c> (the shipped ner.bin by default), or given with <c>--weight</c>.
/// </summary>
internal sealed class NerNetworkTrainer : ITrainer
{
    private const int Labels = NerLabels.Count;

    public string Description => "NER window network from ANERcorp, added to the CRF's scores (dev = last 10%, held out)";

    public int Run(string[] args)
    {
        var resources = StringOption(args, "--resources", Path.Combine("src", "Marsad.Core", "Resources"));
        var output = StringOption(args, "--out", Path.Combine(resources, "models", "ner-network.bin"));
        var crfPath = StringOption(args, "--crf", Path.Combine(resources, "models", "ner.bin"));
        var vectorsPath = StringOption(args, "--vectors", Path.Combine("artifacts", "ner", "ant-w2v.vec"));
        var epochs = IntOption(args, "--epochs", 8);
        var hidden = IntOption(args, "--hidden", 128);
        var dropout = float.Parse(StringOption(args, "--dropout", "0.3"), CultureInfo.InvariantCulture);
        var rate = float.Parse(StringOption(args, "--rate", "0.002"), CultureInfo.InvariantCulture);
        var fixedWeight = StringOption(args, "--weight", "");
        var trainOnAll = args.Contains("--train-on-all");
        if (!File.Exists(vectorsPath))
        {
            Console.Error.WriteLine($"ner-network: no word vectors at {vectorsPath}; write them with: ner-clusters --out artifacts/ner/ant-w2v.tsv --vectors-out {vectorsPath}");
            return 2;
        }
        if (trainOnAll && fixedWeight.Length == 0)
        {
            Console.Error.WriteLine("ner-network --train-on-all: give the weight chosen on the dev split with --weight (the dev split is trained on)");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

        var sentences = ConllCorpus.Read(SharedDataPath.Resolve("ner/anercorp-train.txt"));
        var devStart = NerDevSplit.FirstDevSentence(sentences.Count, 0.1);
        var train = sentences.Take(trainOnAll ? sentences.Count : devStart).ToList();
        var dev = sentences.Skip(devStart).ToList();
        var fixedNames = NerTrainer.ReadLexicon(resources, withNewsNames: true, withAnnotatedNames: false);
        var runtime = NerTrainer.ReadLexicon(resources, withNewsNames: true);

        var network = ReadVectors(vectorsPath, hidden);
        Log($"{network.Vocabulary.Length} word vectors of {network.Dimensions}; input {network.InputSize}, hidden {hidden}");
        var data = TrainingTokens.Encode(network, train, fixedNames);
        Log($"encoded {data.Count} training tokens from {train.Count} sentences");

        new Optimizer(network, rate, dropout).Train(data, epochs, Log);

        NerModel crf;
        using (var file = File.OpenRead(crfPath))
            crf = NerModel.Read(file);
        var tagger = new NerTagger(crf, runtime, network);
        if (fixedWeight.Length > 0)
            network.Weight = float.Parse(fixedWeight, CultureInfo.InvariantCulture);
        else
            network.Weight = TuneWeight(network, crf, tagger, dev, Log);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
            network.Write(file);
        Log($"wrote {output} ({new FileInfo(output).Length / 1024} KiB), weight {network.Weight.ToString(CultureInfo.InvariantCulture)}");
        NerNetwork written;
        using (var file = File.OpenRead(output))
            written = NerNetwork.Read(file);
        return NerEvaluation.Score(new NerTagger(crf, runtime, written), dev, Path.Combine("artifacts", "ner"), Log);
    }

    /// <summary>
    /// The network's weight beside the CRF and a further O penalty (the CRF's own is already in its transitions),
    /// tuned together on the dev split: weight 0–2 by 0.25, penalty −1–2 by 0.25. Leaves the best O penalty folded
    /// into the CRF's transitions and returns the best weight.
    /// </summary>
    private static float TuneWeight(NerNetwork network, NerModel crf, NerTagger tagger, List<LabelledSentence> dev, Action<string> log)
    {
        var original = crf.Transitions.ToArray();
        network.Weight = 50f;
        log(string.Create(CultureInfo.InvariantCulture, $"network alone (weight 50): dev micro-F1 {NerEvaluation.MicroF1(tagger, dev):F4}"));
        var best = (Weight: 0f, Penalty: 0f, F1: -1.0);
        for (var weight = 0f; weight <= 2f + 1e-6f; weight += 0.25f)
        {
            network.Weight = weight;
            var line = new System.Text.StringBuilder(string.Create(CultureInfo.InvariantCulture, $"weight {weight:F2}:"));
            for (var penalty = -1f; penalty <= 2f + 1e-6f; penalty += 0.25f)
            {
                original.CopyTo(crf.Transitions, 0);
                OutsideBias.Apply(crf.Transitions, penalty);
                var f1 = NerEvaluation.MicroF1(tagger, dev);
                line.Append(CultureInfo.InvariantCulture, $" {f1:F4}");
                if (f1 > best.F1 + 1e-9)
                    best = (weight, penalty, f1);
            }
            log(line.ToString());
        }
        log(string.Create(CultureInfo.InvariantCulture, $"best: weight {best.Weight:F2}, further O penalty {best.Penalty:F2}, dev micro-F1 {best.F1:F4}"));
        original.CopyTo(crf.Transitions, 0);
        OutsideBias.Apply(crf.Transitions, best.Penalty);
        return best.Weight;
    }

    /// <summary>The vectors written by <c>ner-clusters --vectors-out</c> (unit length), scaled and rounded to int8 as shipped.</summary>
    private static NerNetwork ReadVectors(string path, int hidden)
    {
        const float Scale = 5f;
        using var reader = new BinaryReader(File.OpenRead(path), System.Text.Encoding.UTF8);
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var vocabulary = new string[count];
        var vectors = new float[count * dimensions];
        var quantized = new sbyte[dimensions];
        for (var w = 0; w < count; w++)
        {
            vocabulary[w] = reader.ReadString();
            var row = vectors.AsSpan(w * dimensions, dimensions);
            for (var k = 0; k < dimensions; k++)
                row[k] = reader.ReadSingle() * Scale;
            var scale = NerNetwork.Quantize(row, quantized);
            for (var k = 0; k < dimensions; k++)
                row[k] = quantized[k] * scale;
        }
        return new NerNetwork(vocabulary, vectors, dimensions, hidden, Labels);
    }

    /// <summary>Every training token's network inputs and gold label, read fold by fold.</summary>
    private sealed class TrainingTokens
    {
        private readonly List<int> _words = [];
        private readonly List<int> _sparse = [];
        private readonly List<int> _sparseOffsets = [0];
        private readonly List<int> _chars = [];
        private readonly List<int> _charOffsets = [0];
        private readonly List<int> _labels = [];

        public int Count => _labels.Count;

        public static TrainingTokens Encode(NerNetwork network, List<LabelledSentence> train, NerLexicon fixedNames)
        {
            var data = new TrainingTokens();
            var input = new NerNetwork.Input();
            var features = new SentenceFeatures();
            foreach (var (s, extractor) in NerTrainer.FoldExtractors(train, 10, fixedNames.Clusters, fixedNames.Gazetteer, fixedNames.Triggers))
            {
                var sentence = train[s];
                extractor.Extract(sentence.Tokens, features);
                for (var i = 0; i < sentence.Tokens.Length; i++)
                {
                    network.Encode(extractor, i, sentence.Tokens.Length, input);
                    data._words.AddRange(input.Words);
                    data._sparse.AddRange(input.Sparse);
                    data._sparseOffsets.Add(data._sparse.Count);
                    data._chars.AddRange(input.Chars);
                    data._charOffsets.Add(data._chars.Count);
                    data._labels.Add(sentence.Labels[i]);
                }
            }
            return data;
        }

        /// <summary>Fills <paramref name="input"/> with token <paramref name="t"/>'s inputs; returns its label.</summary>
        public int Load(int t, NerNetwork.Input input)
        {
            for (var p = 0; p < NerNetwork.Positions; p++)
                input.Words[p] = _words[(t * NerNetwork.Positions) + p];
            input.Sparse.Clear();
            for (var k = _sparseOffsets[t]; k < _sparseOffsets[t + 1]; k++)
                input.Sparse.Add(_sparse[k]);
            input.Chars.Clear();
            for (var k = _charOffsets[t]; k < _charOffsets[t + 1]; k++)
                input.Chars.Add(_chars[k]);
            return _labels[t];
        }
    }

    /// <summary>Adam (Kingma and Ba 2015) on minibatches of 32 tokens; the letter n-gram rows are updated only when used.</summary>
    private sealed class Optimizer
    {
        private const int Batch = 32;
        private const float Beta1 = 0.9f;
        private const float Beta2 = 0.999f;
        private const float Epsilon = 1e-8f;

        private readonly NerNetwork _network;
        private readonly float _rate;
        private readonly float _dropout;
        private readonly Parameter[] _dense;
        private readonly Parameter _chars;
        private readonly HashSet<int> _touched = [];
        private ulong _random = 0x9E3779B97F4A7C15;
        private int _step;

        public Optimizer(NerNetwork network, float rate, float dropout)
        {
            _network = network;
            _rate = rate;
            _dropout = dropout;
            var h = network.HiddenSize;
            var hiddenInit = MathF.Sqrt(6f / (network.InputSize / 4f + h));
            var outputInit = MathF.Sqrt(6f / (h + Labels));
            for (var i = 0; i < network.HiddenWeights.Length; i++)
                network.HiddenWeights[i] = hiddenInit * ((2 * NextFloat()) - 1);
            for (var i = 0; i < network.OutputWeights.Length; i++)
                network.OutputWeights[i] = outputInit * ((2 * NextFloat()) - 1);
            for (var i = 0; i < network.CharEmbeddings.Length; i++)
                network.CharEmbeddings[i] = 0.5f * ((2 * NextFloat()) - 1);
            _dense = [new(network.HiddenWeights), new(network.HiddenBias), new(network.OutputWeights), new(network.OutputBias)];
            _chars = new Parameter(network.CharEmbeddings);
        }

        public void Train(TrainingTokens data, int epochs, Action<string> log)
        {
            var network = _network;
            var h = network.HiddenSize;
            var d = network.Dimensions;
            var order = Enumerable.Range(0, data.Count).ToArray();
            var input = new NerNetwork.Input();
            var chars = new float[NerNetwork.CharDimensions];
            var hiddenValues = new float[h];
            var logits = new float[Labels];
            var gradientHidden = new float[h];
            var gradientChars = new float[NerNetwork.CharDimensions];
            var mask = new float[network.SparseRow];
            var hiddenWeights = _dense[0].Gradient;
            var hiddenBias = _dense[1].Gradient;
            var outputWeights = _dense[2].Gradient;
            var outputBias = _dense[3].Gradient;
            for (var epoch = 0; epoch < epochs; epoch++)
            {
                Shuffle(order);
                double loss = 0;
                var correct = 0;
                for (var start = 0; start < order.Length; start += Batch)
                {
                    foreach (var p in _dense)
                        Array.Clear(p.Gradient);
                    var end = Math.Min(order.Length, start + Batch);
                    for (var b = start; b < end; b++)
                    {
                        var label = data.Load(order[b], input);
                        for (var k = 0; k < mask.Length; k++)
                            mask[k] = NextFloat() < _dropout ? 0f : 1f / (1 - _dropout);
                        network.Forward(input, chars, hiddenValues, logits, mask);
                        var max = TensorPrimitives.Max(logits);
                        TensorPrimitives.Subtract(logits, max, logits);
                        TensorPrimitives.Exp(logits, logits);
                        var sum = TensorPrimitives.Sum(logits);
                        TensorPrimitives.Divide(logits, sum, logits);
                        loss -= Math.Log(Math.Max(logits[label], 1e-12f));
                        if (TensorPrimitives.IndexOfMax(logits) == label)
                            correct++;
                        logits[label] -= 1f;
                        // output layer
                        gradientHidden.AsSpan().Clear();
                        for (var y = 0; y < Labels; y++)
                        {
                            TensorPrimitives.MultiplyAdd(hiddenValues, logits[y], outputWeights.AsSpan(y * h, h), outputWeights.AsSpan(y * h, h));
                            outputBias[y] += logits[y];
                            TensorPrimitives.MultiplyAdd(network.OutputWeights.AsSpan(y * h, h), logits[y], gradientHidden, gradientHidden);
                        }
                        for (var k = 0; k < h; k++)
                        {
                            if (hiddenValues[k] <= 0)
                                gradientHidden[k] = 0;
                        }
                        TensorPrimitives.Add(hiddenBias, gradientHidden, hiddenBias);
                        // hidden layer: word vectors (frozen), letter n-gram vector, indicators
                        for (var p = 0; p < NerNetwork.Positions; p++)
                        {
                            var w = input.Words[p];
                            if (w < 0)
                                continue;
                            for (var k = 0; k < d; k++)
                            {
                                var x = network.Embeddings[(w * d) + k] * mask[(p * d) + k];
                                if (x != 0)
                                    TensorPrimitives.MultiplyAdd(gradientHidden, x, hiddenWeights.AsSpan(((p * d) + k) * h, h), hiddenWeights.AsSpan(((p * d) + k) * h, h));
                            }
                        }
                        if (input.Chars.Count > 0)
                        {
                            for (var k = 0; k < NerNetwork.CharDimensions; k++)
                            {
                                var row = (network.CharRow + k) * h;
                                var x = chars[k] * mask[network.CharRow + k];
                                TensorPrimitives.MultiplyAdd(gradientHidden, x, hiddenWeights.AsSpan(row, h), hiddenWeights.AsSpan(row, h));
                                gradientChars[k] = TensorPrimitives.Dot(network.HiddenWeights.AsSpan(row, h), gradientHidden)
                                    * mask[network.CharRow + k] / input.Chars.Count;
                            }
                            foreach (var bucket in input.Chars)
                            {
                                if (_touched.Add(bucket))
                                    _chars.Gradient.AsSpan(bucket * NerNetwork.CharDimensions, NerNetwork.CharDimensions).Clear();
                                var g = _chars.Gradient.AsSpan(bucket * NerNetwork.CharDimensions, NerNetwork.CharDimensions);
                                TensorPrimitives.Add(g, gradientChars, g);
                            }
                        }
                        foreach (var s in input.Sparse)
                        {
                            var row = hiddenWeights.AsSpan((network.SparseRow + s) * h, h);
                            TensorPrimitives.Add(row, gradientHidden, row);
                        }
                    }
                    Step(end - start);
                }
                log(string.Create(CultureInfo.InvariantCulture,
                    $"epoch {epoch + 1}/{epochs}: loss {loss / data.Count:F4}, training token accuracy {correct / (double)data.Count:F4}"));
            }
        }

        private void Step(int batch)
        {
            _step++;
            var correction1 = 1 - MathF.Pow(Beta1, _step);
            var correction2 = 1 - MathF.Pow(Beta2, _step);
            var rate = _rate * MathF.Sqrt(correction2) / correction1;
            foreach (var p in _dense)
                p.Update(0, p.Values.Length, batch, rate);
            foreach (var bucket in _touched)
                _chars.Update(bucket * NerNetwork.CharDimensions, NerNetwork.CharDimensions, batch, rate);
            _touched.Clear();
        }

        private void Shuffle(int[] order)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = (int)(Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
        }

        private ulong Next()
        {
            _random ^= _random << 13;
            _random ^= _random >> 7;
            _random ^= _random << 17;
            return _random;
        }

        private float NextFloat() => (Next() >> 40) / (float)(1 << 24);

        /// <summary>Values, their gradient and Adam's two moments.</summary>
        private sealed class Parameter(float[] values)
        {
            public float[] Values { get; } = values;

            public float[] Gradient { get; } = new float[values.Length];

            private readonly float[] _first = new float[values.Length];
            private readonly float[] _second = new float[values.Length];

            public void Update(int start, int length, int batch, float rate)
            {
                for (var i = start; i < start + length; i++)
                {
                    var g = Gradient[i] / batch;
                    _first[i] = (Beta1 * _first[i]) + ((1 - Beta1) * g);
                    _second[i] = (Beta2 * _second[i]) + ((1 - Beta2) * g * g);
                    Values[i] -= rate * _first[i] / (MathF.Sqrt(_second[i]) + Epsilon);
                }
            }
        }
    }
}
