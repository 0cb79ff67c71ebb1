using Marsad.Stories;

namespace Marsad.Training.Corpora;

/// <summary>A group of corpus articles that carry the same text (exact or near copies), with every section they were filed under.</summary>
/// <param name="Document">The first article of the group in corpus order.</param>
/// <param name="Sections">Every section the group's articles were filed under, as "v1:culture" / "v2:sport".</param>
/// <param name="Split">Deterministic split of the whole group: "train", "dev" or "test".</param>
internal sealed record CorpusGroup(CorpusDocument Document, IReadOnlySet<string> Sections, string Split);

/// <summary>
/// ANT v1.1 and v2.1 with copies merged BEFORE any split: articles whose bodies are exact or near copies
/// (<see cref="DuplicateIndex"/>, the same detector Marsad ships) become one group, so the same text never sits
/// on both sides of a train/test boundary. The split hashes the group's first id: stable across runs and machines.
/// </summary>
internal static class DedupedCorpus
{
    public static List<CorpusGroup> Load(Action<string>? log = null)
    {
        var docs = new List<(CorpusDocument Doc, string Corpus)>();
        docs.AddRange(AntCorpus.ReadV1(SharedDataPath.Resolve(AntCorpus.V1Folder)).Select(d => (d, "v1")));
        docs.AddRange(AntCorpus.ReadV2(SharedDataPath.Resolve(AntCorpus.V2Path)).Select(d => (d, "v2")));
        var index = new DuplicateIndex(new DuplicateIndexOptions { Window = TimeSpan.MaxValue });
        var groups = new Dictionary<string, (CorpusDocument Doc, HashSet<string> Sections)>(StringComparer.Ordinal);
        var order = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var copies = 0;
        foreach (var (doc, corpus) in docs)
        {
            var key = corpus + ":" + doc.Id;
            if (!seenIds.Add(key))
                continue;
            var text = doc.Text.Length >= 200 ? doc.Text : doc.Title + "\n" + doc.Text;
            index.Add(key, null, TextFingerprint.Of(text));
            // the group is keyed by its first member, whatever joins it later
            var first = index.GroupOf(key)[0];
            if (!groups.TryGetValue(first, out var group))
            {
                groups[first] = group = (doc, new HashSet<string>(StringComparer.Ordinal));
                order.Add(first);
            }
            else
            {
                copies++;
            }
            foreach (var s in doc.Sections)
                group.Sections.Add(corpus + ":" + s);
        }
        // a later copy can merge two earlier groups: fold every group into its final root
        var merged = new Dictionary<string, CorpusGroup>(StringComparer.Ordinal);
        var result = new List<CorpusGroup>();
        foreach (var first in order)
        {
            var root = index.GroupOf(first)[0];
            var (doc, sections) = groups[first];
            if (merged.TryGetValue(root, out var existing))
            {
                foreach (var s in sections)
                    ((HashSet<string>)existing.Sections).Add(s);
                continue;
            }
            var g = new CorpusGroup(root == first ? doc : groups[root].Doc, new HashSet<string>(sections, StringComparer.Ordinal), SplitOf(root));
            merged[root] = g;
            result.Add(g);
        }
        log?.Invoke($"{docs.Count} articles, {copies} copies merged, {result.Count} distinct texts");
        return result;
    }

    private static string SplitOf(string key)
    {
        var h = 2166136261u;
        foreach (var c in key)
            h = (h ^ c) * 16777619u;
        return (h % 10) switch { 0 => "test", 1 => "dev", _ => "train" };
    }
}
