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

    /// <summary>
    /// The explicit probabilities of each (history, letter): the slots (indexes into the letter's units) and log10
    /// probabilities of the units seen after that history. Null when the order is above 4 (hashed keys cannot be split
    /// into history and unit); decoding then probes <see cref="LogProb"/> unit by unit.
    /// </summary>
    private readonly Dictionary<(ulong Context, char Letter), Children>? _children;

    public TransliterationModel(int order, char[] letters, string[] latin, Dictionary<ulong, float> logProb, Dictionary<ulong, float> backoff)
    {
        Order = order;
        _latin = latin;
        _logProb = logProb;
        _backoff = backoff;
        _unitsByLetter = [];
        foreach (var group in Enumerable.Range(1, letters.Length - 1).GroupBy(i => letters[i]))
            _unitsByLetter[group.Key] = [.. group];
        _children = order <= 4 ? IndexChildren(letters, logProb, _unitsByLetter) : null;
    }

    private static Dictionary<(ulong, char), Children> IndexChildren(char[] letters, Dictionary<ulong, float> logProb, Dictionary<char, int[]> unitsByLetter)
    {
        var slotOf = new Dictionary<int, int>();
        foreach (var units in unitsByLetter.Values)
        {
            for (var slot = 0; slot < units.Length; slot++)
                slotOf[units[slot]] = slot;
        }
        var lists = new Dictionary<(ulong, char), List<(int Slot, float LogProb)>>();
        foreach (var (key, p) in logProb)
        {
            // a packed key is (history << 16) | unit, and the history's own key is (history << 16) | 0xFFFF
            var unit = (int)(key & 0xFFFF);
            if (unit == Boundary || unit >= letters.Length)
                continue;
            var context = (key | 0xFFFF, letters[unit]);
            if (!lists.TryGetValue(context, out var list))
                lists[context] = list = [];
            list.Add((slotOf[unit], p));
        }
        return lists.ToDictionary(p => p.Key, p => new Children([.. p.Value.Select(c => c.Slot)], [.. p.Value.Select(c => c.LogProb)]));
    }

    /// <summary>The n-gram order (history length + 1).</summary>
    public int Order { get; }

    /// <summary>The best Latin rendering of one folded Arabic word (lower case); "" when no letter is known.</summary>
    public string Decode(ReadOnlySpan<char> word)
    {
        var h = Order - 1;
        // the beam: scores and histories (h ids each, oldest first) of the kept hypotheses; the start is all boundary
        var beamScores = new double[] { 0 };
        var beamHistories = new int[h];
        // per decoded letter, the unit and the predecessor's beam index of each kept hypothesis, for the trace-back
        var trace = new List<(int[] Units, int[] Previous)>();
        // candidates of the next beam; hypotheses that share their history are merged (only the best can win), and the
        // history itself is the state key, so each state keeps the position where it first appeared (ties stay stable)
        var stateIndex = new Dictionary<ulong, int>();
        var candScores = new List<double>();
        var candUnits = new List<int>();
        var candPrevious = new List<int>();
        var candHistories = new List<int>();
        Span<int> shifted = stackalloc int[h];
        var scores = new double[64];
        var known = new bool[64];
        var top = new int[BeamWidth];
        foreach (var letter in word)
        {
            if (!_unitsByLetter.TryGetValue(letter, out var units))
                continue;
            if (scores.Length < units.Length)
            {
                scores = new double[units.Length];
                known = new bool[units.Length];
            }
            stateIndex.Clear();
            candScores.Clear();
            candUnits.Clear();
            candPrevious.Clear();
            candHistories.Clear();
            for (var b = 0; b < beamScores.Length; b++)
            {
                var history = beamHistories.AsSpan(b * h, h);
                ScoreUnits(history, letter, units, scores, known);
                for (var slot = 0; slot < units.Length; slot++)
                {
                    var u = units[slot];
                    var score = beamScores[b] + scores[slot];
                    if (h > 0)
                    {
                        history[1..].CopyTo(shifted);
                        shifted[^1] = u;
                    }
                    var state = PackContext(shifted);
                    if (stateIndex.TryGetValue(state, out var existing))
                    {
                        if (candScores[existing] >= score)
                            continue;
                        candScores[existing] = score;
                        candUnits[existing] = u;
                        candPrevious[existing] = b;
                        continue;
                    }
                    stateIndex[state] = candScores.Count;
                    candScores.Add(score);
                    candUnits.Add(u);
                    candPrevious.Add(b);
                    foreach (var id in shifted)
                        candHistories.Add(id);
                }
            }
            // the best BeamWidth candidates, best first; ties keep their order (a partial insertion sort: the beam is small)
            var kept = 0;
            for (var c = 0; c < candScores.Count; c++)
            {
                var score = candScores[c];
                if (kept == BeamWidth && candScores[top[kept - 1]] >= score)
                    continue;
                var at = Math.Min(kept, BeamWidth - 1);
                while (at > 0 && candScores[top[at - 1]] < score)
                {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = c;
                kept = Math.Min(kept + 1, BeamWidth);
            }
            beamScores = new double[kept];
            var histories = new int[kept * h];
            var keptUnits = new int[kept];
            var keptPrevious = new int[kept];
            for (var i = 0; i < kept; i++)
            {
                var c = top[i];
                beamScores[i] = candScores[c];
                keptUnits[i] = candUnits[c];
                keptPrevious[i] = candPrevious[c];
                for (var j = 0; j < h; j++)
                    histories[i * h + j] = candHistories[c * h + j];
            }
            beamHistories = histories;
            trace.Add((keptUnits, keptPrevious));
        }
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var b = 0; b < beamScores.Length; b++)
        {
            var score = beamScores[b] + LogProb(beamHistories.AsSpan(b * h, h), Boundary);
            if (score > bestScore)
            {
                bestScore = score;
                best = b;
            }
        }
        if (best < 0)
            return "";
        var parts = new string[trace.Count];
        for (var layer = trace.Count - 1; layer >= 0; layer--)
        {
            parts[layer] = _latin[trace[layer].Units[best]];
            best = trace[layer].Previous[best];
        }
        return string.Concat(parts);
    }

    /// <summary>
    /// log10 P(u | history) for every unit of <paramref name="letter"/> at once, into <paramref name="scores"/> by slot:
    /// the same values, summed in the same order, as <see cref="LogProb"/> gives unit by unit, but with two look-ups per
    /// history length instead of two per unit and history length.
    /// </summary>
    private void ScoreUnits(ReadOnlySpan<int> history, char letter, int[] units, Span<double> scores, Span<bool> known)
    {
        var count = units.Length;
        if (_children is null)
        {
            for (var slot = 0; slot < count; slot++)
                scores[slot] = LogProb(history, units[slot]); // hashed histories (order above 4): unit by unit
            return;
        }
        known[..count].Clear();
        var backoff = 0.0;
        for (var start = 0; start <= history.Length; start++)
        {
            var context = PackContext(history[start..]);
            if (_children.TryGetValue((context, letter), out var children))
            {
                for (var i = 0; i < children.Slots.Length; i++)
                {
                    var slot = children.Slots[i];
                    if (!known[slot])
                    {
                        known[slot] = true;
                        scores[slot] = backoff + children.LogProbs[i];
                    }
                }
            }
            if (_backoff.TryGetValue(context, out var b))
                backoff += b;
        }
        for (var slot = 0; slot < count; slot++)
        {
            if (!known[slot])
                scores[slot] = backoff - 6;
        }
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

    private sealed record Children(int[] Slots, float[] LogProbs);
}
