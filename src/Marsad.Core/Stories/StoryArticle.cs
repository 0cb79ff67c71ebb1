namespace Marsad.Stories;

/// <summary>
/// What story clustering keeps of an article: its time, outlet, headline, its distinctive terms and entities as a
/// unit-length weighted vector, and its text fingerprint. Plain data, so a store can save it and rebuild the
/// clusterer's state without re-analyzing text (<see cref="StoryFeatures.Of(Article, DateTimeOffset?)"/> builds it).
/// </summary>
public sealed record StoryArticle
{
    public required string Id { get; init; }

    /// <summary>When the article was published (or first seen, when it carries no date).</summary>
    public required DateTimeOffset Time { get; init; }

    public string? Source { get; init; }

    public string Headline { get; init; } = "";

    /// <summary>Term ("w:" + search term) and entity ("e:" + canonical key) weights, unit length, heaviest first.</summary>
    public required IReadOnlyList<KeyValuePair<string, float>> Vector { get; init; }

    /// <summary>The headline's content terms (search terms), rarest first: what a story decision compares first.</summary>
    public IReadOnlyList<string> TitleTerms { get; init; } = [];

    /// <summary>Entity keys (canonical names) the article mentions.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>
    /// The specific numbers of the headline and lead (a death toll, a score, an amount: 26, 1.3, 435.8), as written in
    /// ASCII digits; years and days of the month are left out.
    /// </summary>
    public IReadOnlyList<string> Numbers { get; init; } = [];

    /// <summary>Shingles of the body for near-duplicate detection.</summary>
    public TextFingerprint? Fingerprint { get; init; }

    /// <summary>Cosine similarity of two unit vectors given as sorted-by-weight lists.</summary>
    internal static double Cosine(IReadOnlyList<KeyValuePair<string, float>> a, Dictionary<string, float> b)
    {
        double dot = 0;
        foreach (var (k, v) in a)
        {
            if (b.TryGetValue(k, out var w))
                dot += v * w;
        }
        return dot;
    }
}
