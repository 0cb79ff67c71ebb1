namespace Marsad.Benchmarks.Text;

/// <summary>
/// One BM25 scorer (k1 = 1.2, b = 0.75, idf = ln(1 + (N − df + 0.5) / (df + 0.5))) over documents given as term
/// lists, so two analyzers are compared with exactly the same ranking function. Ties go to the lower document index.
/// </summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<List<(int Doc, int Tf)>> _postings = [];
    private readonly int[] _lengths;
    private readonly double _averageLength;

    public Bm25Index(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        _lengths = new int[documents.Count];
        var tf = new Dictionary<int, int>();
        long total = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            tf.Clear();
            foreach (var term in documents[d])
            {
                if (!_termIds.TryGetValue(term, out var id))
                {
                    id = _termIds.Count;
                    _termIds[term] = id;
                    _postings.Add([]);
                }
                tf[id] = tf.GetValueOrDefault(id) + 1;
            }
            foreach (var (id, count) in tf)
                _postings[id].Add((d, count));
            _lengths[d] = documents[d].Count;
            total += documents[d].Count;
        }
        _averageLength = documents.Count == 0 ? 0 : (double)total / documents.Count;
    }

    public int DocumentCount => _lengths.Length;

    public int TermCount => _termIds.Count;

    /// <summary>The 1-based rank of <paramref name="target"/> for the query, or 0 when it is not in the top <paramref name="k"/>.</summary>
    public int RankOf(IReadOnlyList<string> query, int target, int k, double[] scores)
    {
        Array.Clear(scores);
        var n = _lengths.Length;
        foreach (var group in query.GroupBy(t => t, StringComparer.Ordinal))
        {
            if (!_termIds.TryGetValue(group.Key, out var id))
                continue;
            var postings = _postings[id];
            var idf = Math.Log(1 + ((n - postings.Count + 0.5) / (postings.Count + 0.5)));
            var weight = idf * group.Count();
            foreach (var (doc, tf) in postings)
                scores[doc] += weight * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * _lengths[doc] / _averageLength))));
        }
        var targetScore = scores[target];
        if (targetScore <= 0)
            return 0;
        // rank = 1 + documents scoring higher (or equal with a lower index)
        var rank = 1;
        for (var d = 0; d < n && rank <= k; d++)
        {
            if (scores[d] > targetScore || (scores[d] == targetScore && d < target))
                rank++;
        }
        return rank <= k ? rank : 0;
    }
}
