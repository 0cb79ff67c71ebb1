namespace Marsad.Analysis.Names;

/// <summary>
/// A joint-sequence ("graphone") n-gram model for Arabic → Latin transliteration of one word (Bisani and Ney 2008):
/// each Arabic letter is paired with the Latin letters it sounds as (ي:"i", د:"d", ف:"v", ...), and an n-gram model
/// over those pairs, interpolated (absolute discounting) and stored as probabilities and back-off weights, scores a rendering.
/// Decoding is a beam search over the pairs each letter allows. Trained by <c>marsad-train translit</c>
/// from ANETAC's transliteration pairs; the file is <c>models/translit.bin</c>.
/// </summary>
internal sealed partial class TransliterationModel
{
    /// <summary>Id of the sentence-start and sentence-end pair.</summary>
    public const int Boundary = 0;
    private const int BeamWidth = 24;

    private readonly string[] _latin;
    private readonly Dictionary<char, int[]> _unitsByLetter;
    private readonly Dictionary<ulong, float> _logProb;
    private readonly Dictionary<ulong, float> _backoff;

    public TransliterationModel(int order, char[] letters, string[] latin, Dictionary<ulong, float> logProb, Dictionary<ulong, float> backoff)
    {
        Order = order;
        _latin = latin;
        _logProb = logProb;
        _backoff = backoff;
        _unitsByLetter = [];
        foreach (var group in Enumerable.Range(1, letters.Length - 1).GroupBy(i => letters[i]))
            _unitsByLetter[group.Key] = [.. group];
    }

    /// <summary>The n-gram order (history length + 1).</summary>
    public int Order { get; }

    /// <summary>The best Latin rendering of one folded Arabic word (lower case); "" when no letter is known.</summary>
    public string Decode(ReadOnlySpan<char> word)
    {
        var historyLength = Order - 1;
        var start = new Hypothesis(null, Boundary, new int[historyLength], 0);
        var beam = new List<Hypothesis> { start };
        var next = new Dictionary<ulong, Hypothesis>();
        foreach (var letter in word)
        {
            if (!_unitsByLetter.TryGetValue(letter, out var units))
                continue;
            next.Clear();
            foreach (var h in beam)
            {
                foreach (var u in units)
                {
                    var score = h.Score + LogProb(h.History, u);
                    var history = Shift(h.History, u);
                    var state = PackContext(history); // exact below order 5, a 64-bit hash above
                    if (!next.TryGetValue(state, out var existing) || existing.Score < score)
                        next[state] = new Hypothesis(h, u, history, score);
                }
            }
            beam = [.. next.Values.OrderByDescending(h => h.Score).Take(BeamWidth)];
        }
        Hypothesis? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var h in beam)
        {
            var score = h.Score + LogProb(h.History, Boundary);
            if (score > bestScore)
            {
                bestScore = score;
                best = h;
            }
        }
        var parts = new List<string>();
        for (var h = best; h?.Previous is not null; h = h.Previous)
            parts.Add(_latin[h.Unit]);
        parts.Reverse();
        return string.Concat(parts);
    }

    private static int[] Shift(int[] history, int unit)
    {
        var shifted = new int[history.Length];
        if (history.Length > 0)
        {
            Array.Copy(history, 1, shifted, 0, history.Length - 1);
            shifted[^1] = unit;
        }
        return shifted;
    }

    /// <summary>log10 P(u | history), backing off to shorter histories (oldest unit first in <paramref name="history"/>).</summary>
    private double LogProb(ReadOnlySpan<int> history, int u)
    {
        var backoff = 0.0;
        for (var start = 0; start <= history.Length; start++)
        {
            var context = history[start..];
            if (_logProb.TryGetValue(Pack(context, u), out var p))
                return backoff + p;
            if (_backoff.TryGetValue(PackContext(context), out var b))
                backoff += b;
        }
        return backoff - 6; // a pair never seen at all: a small floor, so decoding still ends
    }

    /// <summary>Packs up to three history ids and a unit id (each below 2^15) with the history length; longer histories hash.</summary>
    public static ulong Pack(ReadOnlySpan<int> context, int unit)
    {
        if (context.Length > 3)
        {
            // order 5 and up: a 64-bit FNV-1a hash of the ids (collisions are negligible at these sizes)
            var hash = 14695981039346656037UL ^ (ulong)context.Length;
            foreach (var id in context)
                hash = (hash ^ (uint)id) * 1099511628211UL;
            return ((hash ^ (uint)unit) * 1099511628211UL) | (1UL << 63);
        }
        ulong key = (ulong)context.Length;
        foreach (var id in context)
            key = (key << 15) | (uint)id;
        return (key << 16) | (uint)unit;
    }

    /// <summary>The key of a history alone (for its back-off weight).</summary>
    public static ulong PackContext(ReadOnlySpan<int> context) => Pack(context, 0xFFFF);

    private sealed record Hypothesis(Hypothesis? Previous, int Unit, int[] History, double Score);
}
