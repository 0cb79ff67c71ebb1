using Marsad.Stories;

namespace Marsad.Benchmarks.Duplicates;

/// <summary>
/// The reference the index approximates: every pair whose exact shingle containment reaches the copy threshold,
/// found without MinHash through an inverted index of shingles (shingles in more than 200 texts — boilerplate — are
/// not used to find pairs, but every found pair is compared on all its shingles).
/// </summary>
internal static class ReferencePairs
{
    public static Dictionary<(string, string), string> Exact(List<DuplicateQuality.Doc> docs, Dictionary<string, TextFingerprint> fingerprints, DuplicateIndexOptions options)
    {
        var postings = new Dictionary<uint, List<int>>();
        for (var i = 0; i < docs.Count; i++)
        {
            foreach (var s in fingerprints[docs[i].Id].Shingles)
            {
                if (!postings.TryGetValue(s, out var list))
                    postings[s] = list = [];
                list.Add(i);
            }
        }
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values)
        {
            if (list.Count < 2 || list.Count > 200)
                continue;
            for (var x = 0; x < list.Count; x++)
                for (var y = x + 1; y < list.Count; y++)
                    shared[(list[x], list[y])] = shared.GetValueOrDefault((list[x], list[y])) + 1;
        }
        var result = new Dictionary<(string, string), string>();
        foreach (var ((a, b), count) in shared)
        {
            var (fa, fb) = (fingerprints[docs[a].Id], fingerprints[docs[b].Id]);
            var small = Math.Min(fa.Count, fb.Count);
            if (count < small * options.MinContainment * 0.5)
                continue;
            var (containment, _) = DuplicateIndex.Compare(fa, fb);
            var identical = docs[a].Text.Trim() == docs[b].Text.Trim();
            if (identical || (small >= options.MinShingles && containment >= options.MinContainment) || (fa.Count == fb.Count && containment >= 1))
            {
                if (docs[a].Published is { } pa && docs[b].Published is { } pb && (pa - pb).Duration() > options.Window)
                    continue;
                result[DuplicateQuality.Order(docs[a].Id, docs[b].Id)] = identical ? "corpus: identical text" : "corpus: near copy (exact containment)";
            }
        }
        return result;
    }
}
