using Marsad.Analysis.Names;

namespace Marsad.Training;

/// <summary>N-gram counts over (letter, latin) units and their interpolated model (Witten–Bell, or absolute discounting).</summary>
internal sealed class JointNGramCounts(int order, double discount = 0)
{
    private readonly Dictionary<(char, string), int> _ids = new() { [('\0', "")] = TransliterationModel.Boundary };
    private readonly List<(char, string)> _units = [('\0', "")];
    private readonly Dictionary<string, int>[] _counts = [.. Enumerable.Range(0, order).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];

    public void Add(List<(char, string)> sequence)
    {
        var ids = new List<int>();
        for (var i = 0; i < order - 1; i++)
            ids.Add(TransliterationModel.Boundary);
        foreach (var unit in sequence)
        {
            if (!_ids.TryGetValue(unit, out var id))
            {
                _ids[unit] = id = _units.Count;
                _units.Add(unit);
            }
            ids.Add(id);
        }
        ids.Add(TransliterationModel.Boundary);
        for (var i = order - 1; i < ids.Count; i++)
        {
            for (var k = 0; k < order; k++)
            {
                var key = string.Join(',', ids.Skip(i - k).Take(k + 1));
                _counts[k].TryGetValue(key, out var c);
                _counts[k][key] = c + 1;
            }
        }
    }

    public void WriteModel(Stream stream)
    {
        var logProb = new Dictionary<ulong, float>();
        var backoff = new Dictionary<ulong, float>();
        var probabilities = new Dictionary<string, double>(StringComparer.Ordinal);
        var vocabulary = _units.Count;
        for (var k = 0; k < order; k++)
        {
            // context totals and distinct followers
            var totals = new Dictionary<string, (long Count, int Types)>(StringComparer.Ordinal);
            foreach (var (key, c) in _counts[k])
            {
                var context = Context(key);
                totals.TryGetValue(context, out var t);
                totals[context] = (t.Count + c, t.Types + 1);
            }
            foreach (var (key, c) in _counts[k])
            {
                var context = Context(key);
                var (total, types) = totals[context];
                var lower = k == 0 ? 1.0 / vocabulary : Lower(probabilities, key, totals, k);
                // Witten–Bell, or absolute discounting when a discount is given
                var p = discount > 0
                    ? (Math.Max(c - discount, 0) + discount * types * lower) / total
                    : (c + types * lower) / (total + types);
                probabilities[key] = p;
                logProb[Pack(key)] = (float)Math.Log10(p);
            }
            if (k > 0)
            {
                foreach (var (context, (total, types)) in totals)
                    backoff[TransliterationModel.PackContext(Ids(context))] = (float)Math.Log10(discount > 0
                        ? discount * types / total
                        : (double)types / (total + types));
            }
        }
        TransliterationModel.Write(stream, order, _units, logProb, backoff);
    }

    /// <summary>The interpolated probability of the unit after the shorter history.</summary>
    private double Lower(Dictionary<string, double> probabilities, string key, Dictionary<string, (long, int)> totals, int k)
    {
        var shorter = key[(key.IndexOf(',', StringComparison.Ordinal) + 1)..];
        return probabilities.TryGetValue(shorter, out var p) ? p : 1e-7;
    }

    private static string Context(string key)
    {
        var last = key.LastIndexOf(',');
        return last < 0 ? "" : key[..last];
    }

    private static int[] Ids(string csv) => csv.Length == 0 ? [] : [.. csv.Split(',').Select(int.Parse)];

    private static ulong Pack(string key)
    {
        var ids = Ids(key);
        return TransliterationModel.Pack(ids.AsSpan(0, ids.Length - 1), ids[^1]);
    }
}
