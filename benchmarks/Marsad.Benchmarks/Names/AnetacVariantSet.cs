using System.Text;
using Marsad.Analysis.Names;

namespace Marsad.Benchmarks.Names;

/// <summary>
/// Name-variant clusters and look-alike pairs derived from ANETAC (EN-AR_Named-entities.txt: one
/// <c>TYPE English Arabic</c> entry a line, every name one word). Built in memory on each run; nothing of ANETAC is
/// written to the repository (it has no stated licence).
/// <list type="bullet">
/// <item>English key: the English name decomposed (NFKD), letters outside a–z dropped, lower-cased
///   (Đurić → duric).</item>
/// <item>Cluster: every English key written in Arabic in two or more different ways (raw Arabic, as given) — the
///   Arabic spellings of one foreign name (كوستك / كوستيتش for Kostic). Minimum cluster size 2; all ANETAC names
///   are single words, so there are no multi-word clusters. The cluster's type is the type of its first entry.</item>
/// <item>Look-alike pair: two entries of the same type whose English keys are different names — at least two edits
///   apart after collapsing doubled letters and reading y as i, c and q as k, ph as f (so Dmitri / Dmitry and
///   Kruger / Krueger are not counted as different names) — and whose Arabic spellings, folded as the name key
///   folds them (<see cref="NameSpelling"/>), are one letter apart (one letter inserted, deleted or replaced).
///   A <em>consonant</em> look-alike differs in a letter other than ا و ي ه (كوبيس / كوبيك); a <em>vowel-letter</em>
///   look-alike only in one of those (بوريس / بيريس, Boris / Peres). The key merges vowel-letter look-alikes of
///   foreign names by design (it reads a name by its consonants), so they are counted apart.</item>
/// <item>The gold's "distinct" records (<see cref="Gold"/>) are the consonant look-alikes with one side in a cluster;
///   <see cref="ConsonantLookAlikes"/> and <see cref="VowelLookAlikes"/> hold every look-alike of the list, for
///   false-merge rates that do not depend on the clusters.</item>
/// </list>
/// </summary>
internal sealed class AnetacVariantSet
{
    private AnetacVariantSet(VariantGold gold, List<(string A, string B)> consonant, List<(string A, string B)> vowel)
    {
        Gold = gold;
        ConsonantLookAlikes = consonant;
        VowelLookAlikes = vowel;
    }

    /// <summary>The clusters, and as "distinct" records the look-alike pairs with one side in a cluster.</summary>
    public VariantGold Gold { get; }

    /// <summary>Every look-alike pair of the list that differs in a consonant (Arabic sides).</summary>
    public List<(string A, string B)> ConsonantLookAlikes { get; }

    /// <summary>Every look-alike pair of the list that differs only in a vowel letter ا و ي or a final ه.</summary>
    public List<(string A, string B)> VowelLookAlikes { get; }

    public static AnetacVariantSet Load(string path)
    {
        var entries = new List<Entry>();
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Trim().Split(' ');
            if (fields.Length != 3 || fields[2].Length == 0)
                continue;
            entries.Add(new Entry(fields[0], EnglishKey(fields[1]), fields[2], NameSpelling.Fold(fields[2])));
        }

        var clusters = new List<VariantCluster>();
        foreach (var group in entries.Where(e => e.English.Length > 0).GroupBy(e => e.English, StringComparer.Ordinal))
        {
            var spellings = group.Select(e => e.Arabic).Distinct(StringComparer.Ordinal).ToList();
            if (spellings.Count < 2)
                continue;
            clusters.Add(new VariantCluster(group.Key, group.First().Type, spellings));
        }

        var inCluster = new HashSet<string>(clusters.SelectMany(c => c.Spellings), StringComparer.Ordinal);
        var all = LookAlikes(entries);
        var consonant = all.Where(p => !p.VowelOnly).Select(p => (p.A, p.B)).ToList();
        var vowel = all.Where(p => p.VowelOnly).Select(p => (p.A, p.B)).ToList();
        var distinct = consonant.Where(p => inCluster.Contains(p.A) || inCluster.Contains(p.B)).ToList();
        return new AnetacVariantSet(new VariantGold(clusters, distinct), consonant, vowel);
    }

    /// <summary>The English key of a cluster (see the type's summary).</summary>
    public static string EnglishKey(string english)
    {
        var sb = new StringBuilder(english.Length);
        foreach (var c in english.Normalize(NormalizationForm.FormKD))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z')
                sb.Append(lower);
        }
        return sb.ToString();
    }

    private static List<(string A, string B, bool VowelOnly)> LookAlikes(List<Entry> entries)
    {
        // entries sharing a one-letter deletion (or the whole folded spelling) are the candidates for distance 1
        var byDeletion = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var folded = entries[i].Folded;
            Index(byDeletion, folded, i);
            for (var k = 0; k < folded.Length; k++)
                Index(byDeletion, string.Concat(folded.AsSpan(0, k), folded.AsSpan(k + 1)), i);
        }
        var seen = new HashSet<(string, string)>();
        var pairs = new List<(string A, string B, bool VowelOnly)>();
        foreach (var ids in byDeletion.Values)
        {
            for (var x = 0; x < ids.Count; x++)
            {
                for (var y = x + 1; y < ids.Count; y++)
                {
                    var a = entries[ids[x]];
                    var b = entries[ids[y]];
                    if (a.Type != b.Type || a.Folded == b.Folded || a.English == b.English
                        || TranslitHarness.Levenshtein(a.Folded, b.Folded) != 1 || TranslitHarness.Levenshtein(Loose(a.English), Loose(b.English)) < 2)
                        continue;
                    var pair = string.CompareOrdinal(a.Arabic, b.Arabic) < 0 ? (a.Arabic, b.Arabic) : (b.Arabic, a.Arabic);
                    if (seen.Add(pair))
                        pairs.Add((pair.Item1, pair.Item2, DiffersInVowelLetter(a.Folded, b.Folded)));
                }
            }
        }
        pairs.Sort((p, q) => string.CompareOrdinal(p.A + "\t" + p.B, q.A + "\t" + q.B));
        return pairs;
    }

    /// <summary>True when two spellings one edit apart differ in ا, و, ي or ه (the letters that write vowels).</summary>
    private static bool DiffersInVowelLetter(string a, string b)
    {
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
            start++;
        static bool Vowel(string s, int i) => i < s.Length && (NameSpelling.IsVowelLetter(s[i]) || s[i] == NameSpelling.Heh);
        return a.Length == b.Length ? Vowel(a, start) && Vowel(b, start) : Vowel(a.Length > b.Length ? a : b, start);
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int id)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (list.Count == 0 || list[^1] != id)
            list.Add(id);
    }

    /// <summary>English spelling with the differences that do not make another name folded away: doubles, y/i, c/q/k, ph/f.</summary>
    private static string Loose(string english)
    {
        var s = english.Replace("ph", "f", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var raw in s)
        {
            var c = raw switch { 'y' => 'i', 'c' or 'q' => 'k', _ => raw };
            if (sb.Length == 0 || sb[^1] != c)
                sb.Append(c);
        }
        return sb.ToString();
    }

    private readonly record struct Entry(string Type, string English, string Arabic, string Folded);
}

