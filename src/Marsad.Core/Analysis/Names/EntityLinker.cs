namespace Marsad.Analysis.Names;

/// <summary>
/// Groups an article's mentions into entities: first by type and name key, then a person's shorter name joins the
/// full name whose words contain it (ميدفيديف ⊂ ديمتري ميدفيديف، كي مون ⊂ بان كي مون، عبد الرزاق ⊂ نجيب عبد الرزاق);
/// when several full names fit, the nearest one before it wins. Places are not linked this way
/// (السودان is not جنوب السودان), and organisations meet through the key (جبهة النصرة = النصرة).
/// </summary>
internal static class EntityLinker
{
    public static List<(string Canonical, string Key)> Link(IReadOnlyList<CleanMention> mentions)
    {
        var n = mentions.Count;
        var keys = mentions.Select(m => NameKey.Compute(m.Name)).ToArray();
        var words = mentions.Select(m => NameKeyBuilder.Default.WordKeys(m.Name)).ToArray();
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        void Union(int a, int b) => parent[Find(b)] = Find(a);

        var byKey = new Dictionary<(string, string), int>();
        for (var i = 0; i < n; i++)
        {
            if (keys[i].Length == 0)
                continue;
            var k = (mentions[i].Mention.Type, keys[i]);
            if (byKey.TryGetValue(k, out var first))
                Union(first, i);
            else
                byKey[k] = i;
        }

        // shorter person names join the full name that contains them
        for (var i = 0; i < n; i++)
        {
            if (mentions[i].Mention.Type != "PER" || words[i].Count == 0)
                continue;
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var j = 0; j < n; j++)
            {
                if (j == i || mentions[j].Mention.Type != "PER" || words[j].Count <= words[i].Count || !Contains(words[j], words[i]))
                    continue;
                var distance = mentions[j].NameStart <= mentions[i].NameStart
                    ? mentions[i].NameStart - mentions[j].NameStart
                    : int.MaxValue / 2 + mentions[j].NameStart - mentions[i].NameStart;
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = j;
                }
            }
            if (best >= 0)
                Union(best, i);
        }

        var canonical = new Dictionary<int, (string Canonical, string Key)>();
        foreach (var group in Enumerable.Range(0, n).GroupBy(Find))
        {
            var counts = group.GroupBy(i => mentions[i].Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var fullest = group
                .OrderByDescending(i => words[i].Count)
                .ThenByDescending(i => mentions[i].Name.Length)
                .ThenByDescending(i => counts[mentions[i].Name])
                .ThenBy(i => mentions[i].NameStart)
                .First();
            var name = mentions[fullest].Name;
            canonical[group.Key] = (name, NameKey.Compute(name));
        }
        return [.. Enumerable.Range(0, n).Select(i => canonical[Find(i)])];
    }

    private static bool Contains(List<string> longer, List<string> shorter)
    {
        for (var s = 0; s + shorter.Count <= longer.Count; s++)
        {
            var all = true;
            for (var k = 0; k < shorter.Count && all; k++)
                all = longer[s + k] == shorter[k];
            if (all)
                return true;
        }
        return false;
    }
}
