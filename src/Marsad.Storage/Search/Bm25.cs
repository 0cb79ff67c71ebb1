namespace Marsad.Storage.Search;

/// <summary>
/// The ranking both backends share: SQLite FTS5's <c>bm25()</c>, which PostgreSQL reproduces from its own term
/// statistics. For each query word or phrase q with n matching articles out of N:
/// idf(q) = ln((N − n + 0.5) / (n + 0.5)), at least 1e-6; tf = Σ over fields of weight × occurrences;
/// score = Σ idf(q) · tf·(k1+1) / (tf + k1·(1 − b + b·|d|/avgdl)), with |d| the article's token count (all fields).
/// </summary>
internal static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>A headline word counts as this many body words: headlines say what an article is about.</summary>
    public const double HeadlineWeight = 3.0;

    public const double BodyWeight = 1.0;

    /// <summary>FTS5's floor for the IDF of words in more than half the articles.</summary>
    public const double MinIdf = 1e-6;

    public static double Idf(long articles, long matching)
    {
        var idf = Math.Log((articles - matching + 0.5) / (matching + 0.5));
        return idf <= 0 ? MinIdf : idf;
    }
}
