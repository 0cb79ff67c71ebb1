using System.IO.Compression;
using System.Text;

namespace Marsad.Analysis.Topics;

/// <summary>
/// A multinomial logistic-regression topic model over <see cref="TopicFeatures"/>: one weight per feature and label,
/// one bias per label; the label probabilities are the softmax of the scores. Stored gzip-compressed: a "MARSAD-TOPICS 1"
/// header, the labels, the character n-gram length, then each feature with its weights as half floats.
/// </summary>
public sealed class TopicModel
{
    private const string Magic = "MARSAD-TOPICS 1";
    private readonly Dictionary<string, int> _index;
    private readonly float[] _weights;
    private readonly float[] _bias;

    /// <param name="labels">The labels, in weight order.</param>
    /// <param name="charNgram">Character n-gram length the features were extracted with.</param>
    /// <param name="features">Feature names, in weight order.</param>
    /// <param name="weights">Row-major weights: feature × label.</param>
    /// <param name="bias">One bias per label.</param>
    public TopicModel(IReadOnlyList<string> labels, int charNgram, IReadOnlyList<string> features, float[] weights, float[] bias)
    {
        if (weights.Length != features.Count * labels.Count || bias.Length != labels.Count)
            throw new ArgumentException("weights do not match the features and labels");
        Labels = labels;
        CharNgram = charNgram;
        _weights = weights;
        _bias = bias;
        _index = new(features.Count, StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
            _index[features[i]] = i;
    }

    public IReadOnlyList<string> Labels { get; }

    public int CharNgram { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => _index.Count;

    /// <summary>The probability of each label (in <see cref="Labels"/> order) for an article.</summary>
    public double[] Probabilities(string? headline, string? text) => Probabilities(TopicFeatures.Extract(headline, text, CharNgram));

    /// <summary>The probability of each label for a feature vector.</summary>
    public double[] Probabilities(IReadOnlyDictionary<string, float> features)
    {
        var c = Labels.Count;
        var scores = new double[c];
        for (var k = 0; k < c; k++)
            scores[k] = _bias[k];
        foreach (var (name, value) in features)
        {
            if (!_index.TryGetValue(name, out var f))
                continue;
            var row = f * c;
            for (var k = 0; k < c; k++)
                scores[k] += _weights[row + k] * value;
        }
        var max = scores.Max();
        double sum = 0;
        for (var k = 0; k < c; k++)
            sum += scores[k] = Math.Exp(scores[k] - max);
        for (var k = 0; k < c; k++)
            scores[k] /= sum;
        return scores;
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a topic model.</exception>
    public static TopicModel Load(Stream stream)
    {
        using var reader = new BinaryReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic)
                throw new InvalidDataException("not a Marsad topic model");
            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
                labels[i] = reader.ReadString();
            var charNgram = reader.ReadInt32();
            var bias = new float[labels.Length];
            for (var i = 0; i < bias.Length; i++)
                bias[i] = reader.ReadSingle();
            var count = reader.ReadInt32();
            var features = new string[count];
            var weights = new float[count * labels.Length];
            for (var f = 0; f < count; f++)
            {
                features[f] = reader.ReadString();
                for (var k = 0; k < labels.Length; k++)
                    weights[(f * labels.Length) + k] = (float)BitConverter.UInt16BitsToHalf(reader.ReadUInt16());
            }
            return new TopicModel(labels, charNgram, features, weights, bias);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("truncated topic model", e);
        }
    }

    /// <summary>Writes the model, dropping features whose weights are all below <paramref name="minWeight"/> in magnitude.</summary>
    public void Save(Stream stream, float minWeight = 0)
    {
        using var writer = new BinaryWriter(new GZipStream(stream, CompressionLevel.SmallestSize), Encoding.UTF8);
        var c = Labels.Count;
        writer.Write(Magic);
        writer.Write(c);
        foreach (var label in Labels)
            writer.Write(label);
        writer.Write(CharNgram);
        foreach (var b in _bias)
            writer.Write(b);
        var kept = _index.Where(p => Enumerable.Range(0, c).Any(k => Math.Abs(_weights[(p.Value * c) + k]) >= minWeight))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        writer.Write(kept.Count);
        foreach (var (name, f) in kept)
        {
            writer.Write(name);
            for (var k = 0; k < c; k++)
                writer.Write(BitConverter.HalfToUInt16Bits((Half)_weights[(f * c) + k]));
        }
    }
}
