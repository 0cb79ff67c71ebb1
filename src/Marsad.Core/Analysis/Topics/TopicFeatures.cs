using Marsad.Text;

namespace Marsad.Analysis.Topics;

/// <summary>
/// The features the topic model reads: Marsad search terms ("w:" + term; headline terms count twice, a headline
/// says what the article is about) and character n-grams of each term with word-boundary marks ("c:" + gram),
/// which carry morphology the light stemmer leaves (plurals, suffixed pronouns, broken plurals' shared letters).
/// Values are log(1 + count), and the vector is scaled to unit length so long and short articles weigh alike.
/// </summary>
public static class TopicFeatures
{
    /// <summary>The feature vector of an article.</summary>
    /// <param name="headline">The headline, if any.</param>
    /// <param name="text">The body text.</param>
    /// <param name="charNgram">Length of character n-grams; 0 for none.</param>
    public static Dictionary<string, float> Extract(string? headline, string? text, int charNgram)
    {
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        var analyzer = SearchTermAnalyzer.Default;
        foreach (var term in analyzer.GetTerms(headline))
            Add(counts, term, 2, charNgram);
        foreach (var term in analyzer.GetTerms(text))
            Add(counts, term, 1, charNgram);
        double norm = 0;
        foreach (var key in counts.Keys.ToList())
        {
            var v = (float)Math.Log(1 + counts[key]);
            counts[key] = v;
            norm += v * v;
        }
        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            foreach (var key in counts.Keys.ToList())
                counts[key] *= scale;
        }
        return counts;
    }

    private static void Add(Dictionary<string, float> counts, string term, float weight, int n)
    {
        if (term.Length == 0 || char.IsAsciiDigit(term[0]))
            return;
        Bump(counts, "w:" + term, weight);
        if (n <= 0 || term.Length + 2 < n)
            return;
        var padded = "<" + term + ">";
        for (var i = 0; i + n <= padded.Length; i++)
            Bump(counts, string.Concat("c:", padded.AsSpan(i, n)), weight);
    }

    private static void Bump(Dictionary<string, float> counts, string key, float weight) =>
        counts[key] = counts.GetValueOrDefault(key) + weight;
}
