namespace Marsad.Stories;

/// <summary>
/// What an article's retrieved pairs with one candidate story's members gave, as running values: the sum, count,
/// product of misses and the three highest of their <see cref="StoryPairModel"/> probabilities, and the best-linked
/// member. Constant size whatever the story's size (only <see cref="StoryLinkage.TopMean"/> keeps every probability).
/// </summary>
internal struct StoryLinks
{
    public double Sum;
    public int Count;
    public double Miss;
    public double First;
    public double Second;
    public double Third;
    public StoryArticle? Best;
    public List<double>? All;

    /// <summary>Starts the links of a story; <paramref name="keepAll"/> keeps every probability (for <see cref="StoryLinkage.TopMean"/>).</summary>
    public static StoryLinks Start(bool keepAll) => new() { Miss = 1, All = keepAll ? [] : null };

    /// <summary>Takes in the pair probability <paramref name="p"/> of the article with <paramref name="member"/>.</summary>
    public void Add(double p, StoryArticle member)
    {
        Sum += p;
        Count++;
        Miss *= 1 - p;
        All?.Add(p);
        if (Best is null || p > First)
        {
            (Third, Second, First, Best) = (Second, First, p, member);
        }
        else if (p > Second)
        {
            (Third, Second) = (Second, p);
        }
        else if (p > Third)
        {
            Third = p;
        }
    }

    /// <summary>Mean of the <paramref name="k"/> (1–3) highest probabilities over a story of <paramref name="members"/>; unretrieved members count 0.</summary>
    public readonly double TopMean(int k, int members)
    {
        var n = Math.Min(k, members);
        var sum = First + (n > 1 ? Second : 0) + (n > 2 ? Third : 0);
        return n > 0 ? sum / n : 0;
    }
}
