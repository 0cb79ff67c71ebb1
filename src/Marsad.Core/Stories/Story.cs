namespace Marsad.Stories;

/// <summary>
/// Articles about one event, across outlets and days. Its label is its most central headline (the member closest
/// to the story's centroid), its timeline the first and last member times.
/// </summary>
public sealed class Story
{
    private readonly List<StoryArticle> _articles = [];
    private double _squaredNorm;

    internal Story(string id) => Id = id;

    /// <summary>Stable id, derived from the id of the article that started the story.</summary>
    public string Id { get; }

    public IReadOnlyList<StoryArticle> Articles => _articles;

    /// <summary>Sum of the members' vectors (not normalized).</summary>
    internal Dictionary<string, float> Centroid { get; } = new(StringComparer.Ordinal);

    internal double CentroidNorm { get; private set; }

    public DateTimeOffset First { get; private set; } = DateTimeOffset.MaxValue;

    public DateTimeOffset Last { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Distinct outlets, in order of first appearance.</summary>
    public IReadOnlyList<string> Sources => [.. _articles.Select(a => a.Source).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Entities mentioned by the most members first.</summary>
    public IReadOnlyList<string> Entities => [.. EntityCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).Take(10)];

    /// <summary>How many members mention each entity key, kept as members join.</summary>
    internal Dictionary<string, int> EntityCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The headline of the member most similar to the story as a whole.</summary>
    public string Label
    {
        get
        {
            StoryArticle? best = null;
            var bestScore = double.MinValue;
            foreach (var a in _articles)
            {
                if (a.Headline.Length == 0)
                    continue;
                var s = StoryArticle.Cosine(a.Vector, Centroid);
                if (s > bestScore)
                    (best, bestScore) = (a, s);
            }
            return best?.Headline ?? "";
        }
    }

    internal void Add(StoryArticle article)
    {
        _articles.Add(article);
        // the squared norm is kept up to date term by term: adding stays O(article), however large the story
        foreach (var (k, v) in article.Vector)
        {
            var old = Centroid.GetValueOrDefault(k);
            Centroid[k] = old + v;
            _squaredNorm += ((double)(old + v) * (old + v)) - ((double)old * old);
        }
        CentroidNorm = Math.Sqrt(Math.Max(0, _squaredNorm));
        foreach (var e in article.Entities.Distinct(StringComparer.Ordinal))
            EntityCounts[e] = EntityCounts.GetValueOrDefault(e) + 1;
        if (article.Time < First)
            First = article.Time;
        if (article.Time > Last)
            Last = article.Time;
    }
}
