using System.Numerics;

namespace Marsad.Training.Ner;

/// <summary>
/// Spherical k-means (cosine similarity on unit vectors) with a deterministic start: the centroids begin as
/// evenly spaced words of the frequency-sorted vocabulary, so the same vectors always give the same clusters.
/// The assignment step runs on all cores over fixed halves of the vocabulary; results do not depend on timing.
/// </summary>
internal static class KMeans
{
    public static short[] Cluster(float[] vectors, int count, int dimensions, int k, int iterations, Action<string>? progress)
    {
        var centroids = new float[k * dimensions];
        for (var c = 0; c < k; c++)
            vectors.AsSpan((int)((long)c * count / k) * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions));
        var assignment = new short[count];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = 0;
            var snapshot = centroids;
            Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, part =>
            {
                var from = (int)((long)part * count / Environment.ProcessorCount);
                var to = (int)((long)(part + 1) * count / Environment.ProcessorCount);
                var local = 0;
                for (var w = from; w < to; w++)
                {
                    var v = vectors.AsSpan(w * dimensions, dimensions);
                    var best = 0;
                    var bestScore = float.NegativeInfinity;
                    for (var c = 0; c < k; c++)
                    {
                        var s = Dot(v, snapshot.AsSpan(c * dimensions, dimensions));
                        if (s > bestScore)
                        {
                            bestScore = s;
                            best = c;
                        }
                    }
                    if (assignment[w] != best || iteration == 0)
                        local++;
                    assignment[w] = (short)best;
                }
                Interlocked.Add(ref changed, local);
            });
            centroids = new float[k * dimensions];
            for (var w = 0; w < count; w++)
            {
                var c = centroids.AsSpan(assignment[w] * dimensions, dimensions);
                var v = vectors.AsSpan(w * dimensions, dimensions);
                for (var j = 0; j < dimensions; j++)
                    c[j] += v[j];
            }
            for (var c = 0; c < k; c++)
            {
                var centroid = centroids.AsSpan(c * dimensions, dimensions);
                var norm = MathF.Sqrt(Dot(centroid, centroid));
                if (norm == 0)
                {
                    // an empty cluster restarts at a word of its own
                    vectors.AsSpan((int)(((long)c * count / k) + 1) % count * dimensions, dimensions).CopyTo(centroid);
                    continue;
                }
                for (var j = 0; j < dimensions; j++)
                    centroid[j] /= norm;
            }
            progress?.Invoke($"k-means k={k} iteration {iteration + 1}/{iterations}: {changed} words moved");
            if (changed == 0)
                break;
        }
        return assignment;
    }

    public static void NormalizeRows(float[] vectors, int count, int dimensions)
    {
        for (var w = 0; w < count; w++)
        {
            var v = vectors.AsSpan(w * dimensions, dimensions);
            var norm = MathF.Sqrt(Dot(v, v));
            if (norm == 0)
                continue;
            for (var j = 0; j < dimensions; j++)
                v[j] /= norm;
        }
    }

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
}
