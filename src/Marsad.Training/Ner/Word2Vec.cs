using System.Numerics;

namespace Marsad.Training.Ner;

/// <summary>
/// Skip-gram word vectors with negative sampling (Mikolov et al. 2013), single-threaded so that a fixed seed
/// gives the same vectors on every run: the word2vec recipe (frequent-word subsampling, unigram^0.75 noise,
/// a window shrunk at random, linearly decaying learning rate) in plain C#.
/// </summary>
internal sealed class Word2Vec
{
    private const int TableSize = 10_000_000;
    private readonly int _dimensions;
    private readonly int _window;
    private readonly int _negatives;
    private readonly double _sample;
    private ulong _random;

    public Word2Vec(int dimensions, int window, int negatives, double sample, ulong seed)
    {
        _dimensions = dimensions;
        _window = window;
        _negatives = negatives;
        _sample = sample;
        _random = seed;
    }

    /// <summary>Input vectors (vocabulary × dimensions) after training on <paramref name="corpus"/> (word ids, -1 = out of vocabulary).</summary>
    public float[] Train(IReadOnlyList<int[]> corpus, long[] counts, int epochs, Action<string>? progress)
    {
        var v = counts.Length;
        var d = _dimensions;
        var input = new float[v * d];
        var output = new float[v * d];
        for (var i = 0; i < input.Length; i++)
            input[i] = (float)((NextDouble() - 0.5) / d);
        var table = NoiseTable(counts);
        var total = counts.Sum();
        var keep = new float[v];
        for (var w = 0; w < v; w++)
        {
            var f = counts[w] / (double)total;
            keep[w] = (float)Math.Min(1.0, (Math.Sqrt(f / _sample) + 1) * _sample / f);
        }
        var work = new float[d];
        var sentence = new List<int>(4096);
        long processed = 0;
        var planned = (double)total * epochs;
        const float StartRate = 0.025f;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            foreach (var text in corpus)
            {
                sentence.Clear();
                foreach (var w in text)
                {
                    if (w < 0)
                        continue;
                    processed++;
                    if (keep[w] < 1 && keep[w] < NextDouble())
                        continue;
                    sentence.Add(w);
                }
                var rate = Math.Max(StartRate * 0.0001f, StartRate * (float)(1 - (processed / planned)));
                for (var pos = 0; pos < sentence.Count; pos++)
                {
                    var center = sentence[pos];
                    var b = (int)(Next() % (ulong)_window);
                    for (var c = pos - _window + b; c <= pos + _window - b; c++)
                    {
                        if (c == pos || c < 0 || c >= sentence.Count)
                            continue;
                        Update(input.AsSpan(sentence[c] * d, d), center, output, table, rate, work);
                    }
                }
            }
            progress?.Invoke($"word2vec epoch {epoch + 1}/{epochs} done");
        }
        return input;
    }

    private void Update(Span<float> context, int target, float[] output, int[] table, float rate, float[] work)
    {
        var d = _dimensions;
        Array.Clear(work);
        for (var k = 0; k <= _negatives; k++)
        {
            int word;
            float label;
            if (k == 0)
            {
                word = target;
                label = 1;
            }
            else
            {
                word = table[(int)(Next() % TableSize)];
                if (word == target)
                    continue;
                label = 0;
            }
            var o = output.AsSpan(word * d, d);
            var dot = Dot(context, o);
            var g = (label - Sigmoid(dot)) * rate;
            AddScaled(work, o, g);
            AddScaled(o, context, g);
        }
        AddScaled(context, work, 1);
    }

    private static float Sigmoid(float x) => x > 6 ? 1 : x < -6 ? 0 : 1 / (1 + MathF.Exp(-x));

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var s = Vector.Sum(sum);
        for (; i < a.Length; i++)
            s += a[i] * b[i];
        return s;
    }

    /// <summary>a += b × g.</summary>
    private static void AddScaled(Span<float> a, ReadOnlySpan<float> b, float g)
    {
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            (new Vector<float>(a[i..]) + (new Vector<float>(b[i..]) * g)).CopyTo(a[i..]);
        for (; i < a.Length; i++)
            a[i] += b[i] * g;
    }

    private static int[] NoiseTable(long[] counts)
    {
        var table = new int[TableSize];
        var norm = counts.Sum(c => Math.Pow(c, 0.75));
        var word = 0;
        var cumulative = Math.Pow(counts[0], 0.75) / norm;
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = word;
            if ((i + 1) / (double)TableSize > cumulative && word < counts.Length - 1)
            {
                word++;
                cumulative += Math.Pow(counts[word], 0.75) / norm;
            }
        }
        return table;
    }

    private ulong Next()
    {
        // xorshift64*: fast, and the same sequence for the same seed everywhere
        _random ^= _random >> 12;
        _random ^= _random << 25;
        _random ^= _random >> 27;
        return (_random * 2685821657736338717UL) >> 1;
    }

    private double NextDouble() => (Next() >> 10) / (double)(1UL << 53);
}
