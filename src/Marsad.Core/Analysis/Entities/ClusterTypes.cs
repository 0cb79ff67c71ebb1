namespace Marsad.Analysis.Entities;

/// <summary>
/// How often the words of each fine word cluster were part of a name of each type in annotated text: per cluster,
/// the tokens counted and, per type (PER LOC ORG MISC), the share of them inside a name of that type. A prior that
/// all clusters share one set of weights for, so a rare cluster (few training tokens) still says "words like this
/// are club names". Resource format (gazetteers/anercorp-cluster-types.tsv): <c>cluster TAB tokens TAB PER TAB LOC
/// TAB ORG TAB MISC</c> (token counts).
/// </summary>
internal sealed class ClusterTypes
{
    /// <summary>Clusters with fewer annotated tokens than this give no prior.</summary>
    public const int MinTokens = 5;

    private readonly Dictionary<int, byte[]> _buckets = [];

    /// <summary>No prior for any cluster.</summary>
    public static ClusterTypes Empty { get; } = new();

    public int Count => _buckets.Count;

    /// <summary>Adds a cluster's counts: <paramref name="tokens"/> tokens, <paramref name="byType"/> of them in a name of each type.</summary>
    public void Add(int cluster, int tokens, ReadOnlySpan<int> byType)
    {
        if (tokens < MinTokens)
            return;
        var buckets = new byte[NerLabels.Types.Length];
        for (var t = 0; t < buckets.Length; t++)
            buckets[t] = Bucket(byType[t] / (double)tokens);
        _buckets[cluster] = buckets;
    }

    /// <summary>The share bucket of each type for <paramref name="cluster"/>, empty when it has no prior.</summary>
    public ReadOnlySpan<byte> Of(int cluster) => _buckets.TryGetValue(cluster, out var b) ? b : [];

    /// <summary>0: under 2%, 1: under 10%, 2: under 30%, 3: under 60%, 4: the rest.</summary>
    private static byte Bucket(double share) => share switch
    {
        < 0.02 => 0,
        < 0.10 => 1,
        < 0.30 => 2,
        < 0.60 => 3,
        _ => 4,
    };

    public void Read(TextReader reader)
    {
        Span<int> byType = stackalloc int[NerLabels.Types.Length];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split('\t');
            if (parts.Length != 2 + NerLabels.Types.Length)
                throw new InvalidDataException($"cluster types: expected {2 + NerLabels.Types.Length} tab-separated fields, got '{line}'");
            for (var t = 0; t < byType.Length; t++)
                byType[t] = int.Parse(parts[2 + t], System.Globalization.CultureInfo.InvariantCulture);
            Add(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), byType);
        }
    }
}
