namespace Marsad.Analysis.Keywords;

/// <summary>A word, recurring phrase or entity name that may become a keyword, with its counts and written forms.</summary>
internal sealed class KeywordCandidate(string key, string[] terms)
{
    private readonly Dictionary<string, int> _surfaces = new(StringComparer.Ordinal);

    public string Key { get; } = key;

    public string[] Terms { get; } = terms;

    public int Count { get; private set; }

    public bool InHeadline { get; private set; }

    public bool IsEntity { get; private set; }

    /// <summary>
    /// Single words need two mentions or a place in the headline; a phrase needs two mentions (one is a coincidence
    /// of word order); an entity the NER found counts once.
    /// </summary>
    public bool IsWorthy => IsEntity || (Terms.Length == 1 ? Count >= 2 || InHeadline : Count >= 2);

    /// <summary>The most frequent written form; ties go to the shorter, then the first in ordinal order.</summary>
    public string BestSurface => _surfaces.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;

    public void Seen(string surface, bool inHeadline)
    {
        Count++;
        InHeadline |= inHeadline;
        _surfaces[surface] = _surfaces.GetValueOrDefault(surface) + 1;
    }

    public void SeenEntity(string surface)
    {
        IsEntity = true;
        _surfaces[surface] = _surfaces.GetValueOrDefault(surface) + 1;
    }

    /// <summary>
    /// Count × mean TF-IDF weight of the words. A phrase's words weigh as much as the words alone would, so a
    /// recurring name outranks its more frequent surname only when the name recurs as a whole.
    /// </summary>
    public double Score(Dictionary<string, double> weights)
    {
        double sum = 0;
        foreach (var t in Terms)
            sum += weights.GetValueOrDefault(t);
        var mean = sum / Terms.Length;
        var count = Math.Max(Count, 1);
        var bonus = Terms.Length > 1 ? 1.0 + (0.5 * (Terms.Length - 1)) : 1.0;
        return (1 + Math.Log(count)) * mean * bonus * (IsEntity ? 1.2 : 1.0);
    }

    /// <summary>
    /// The form to show: a conjunction glued to a definite word is dropped (والحكومة → الحكومة), because the keyword
    /// names the thing, not the sentence it was in.
    /// </summary>
    public static string Display(string surface)
    {
        if (surface.Length > 4 && surface[0] is 'و' or 'ف' && surface[1] == 'ا' && surface[2] == 'ل')
            return surface[1..];
        return surface;
    }
}
