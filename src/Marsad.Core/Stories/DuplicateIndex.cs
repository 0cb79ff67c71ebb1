namespace Marsad.Stories;

/// <summary>
/// Finds exact and near copies of a text among the articles added before it. Candidates come from MinHash signatures
/// over <see cref="TextFingerprint"/> shingles with LSH banding (copies of about the same length) and from an inverted
/// index of a fixed 1-in-<see cref="DuplicateIndexOptions.SampleRate"/> sample of shingles (a short text contained in
/// a long one); each candidate gets an exact containment check. No all-pairs pass: a lookup touches at most
/// <see cref="DuplicateIndexOptions.MaxBucket"/> entries per band and per sampled shingle. Copies form groups; a group's original is its earliest
/// article by published date, ties going to the one added first. State is rebuilt by adding stored fingerprints
/// again in their original order.
/// </summary>
public sealed class DuplicateIndex
{
    private readonly DuplicateIndexOptions _options;
    private readonly Dictionary<ulong, List<int>> _buckets = [];
    private readonly Dictionary<uint, List<int>> _samples = [];
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly List<int> _parent = [];

    public DuplicateIndex(DuplicateIndexOptions? options = null) => _options = options ?? new DuplicateIndexOptions();

    /// <summary>Number of articles indexed.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Adds an article and returns the copy it is of, or <see langword="null"/> when no indexed article shares its text.
    /// Adding an id again returns its earlier result without indexing it twice.
    /// </summary>
    public DuplicateMatch? Add(string id, DateTimeOffset? published, TextFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (_byId.TryGetValue(id, out var existing))
            return _entries[existing].Match;
        var index = _entries.Count;
        var entry = new Entry(id, published, fingerprint) { Original = index };
        entry.Members.Add(index);
        _entries.Add(entry);
        _parent.Add(index);
        _byId[id] = index;
        if (fingerprint.Count == 0)
            return null;

        var candidates = new HashSet<int>();
        // resemblance candidates: equal MinHash bands (copies of about the same length)
        var signature = MinHashSignature.Compute(fingerprint, _options.Hashes);
        for (var band = 0; band < _options.Bands; band++)
        {
            var key = MinHashSignature.BandKey(signature, band, _options.Rows);
            if (!_buckets.TryGetValue(key, out var bucket))
                _buckets[key] = bucket = [];
            candidates.UnionWith(bucket);
            bucket.Add(index);
            if (bucket.Count > _options.MaxBucket)
                bucket.RemoveAt(0);
        }
        // containment candidates: a short text inside a long one has a low resemblance that bands miss, but it shares
        // most of its sampled shingles with it (a fixed hash sample, so both texts sample the same shingles)
        var shared = new Dictionary<int, int>();
        foreach (var s in fingerprint.Array)
        {
            if (!IsSampled(s))
                continue;
            entry.Sampled++;
            if (!_samples.TryGetValue(s, out var posting))
                _samples[s] = posting = [];
            foreach (var c in posting)
                shared[c] = shared.GetValueOrDefault(c) + 1;
            posting.Add(index);
            if (posting.Count > _options.MaxBucket)
                posting.RemoveAt(0);
        }
        foreach (var (c, count) in shared)
        {
            if (count * 2 >= Math.Min(entry.Sampled, _entries[c].Sampled))
                candidates.Add(c);
        }
        int best = -1;
        double bestContainment = 0, bestResemblance = 0;
        foreach (var candidate in candidates.Order())
        {
            if (candidate == index || !InWindow(entry, _entries[candidate]))
                continue;
            var (containment, resemblance) = Compare(fingerprint, _entries[candidate].Fingerprint);
            if (!IsCopy(fingerprint, _entries[candidate].Fingerprint, containment))
                continue;
            Union(candidate, index);
            entry.Links.Add(candidate);
            _entries[candidate].Links.Add(index);
            if (containment > bestContainment || (containment == bestContainment && resemblance > bestResemblance))
                (best, bestContainment, bestResemblance) = (candidate, containment, resemblance);
        }
        if (best < 0)
            return null;
        entry.Match = new DuplicateMatch(id, _entries[best].Id, OriginalOf(id)!, bestContainment, bestResemblance);
        return entry.Match;
    }

    /// <summary>The original of the copy group <paramref name="id"/> belongs to (itself when it has no copies), or null if not indexed.</summary>
    public string? OriginalOf(string id)
    {
        if (!_byId.TryGetValue(id, out var index))
            return null;
        return _entries[_entries[Find(index)].Original].Id;
    }

    /// <summary>Every article in <paramref name="id"/>'s copy group, in the order added (just the id when it has none).</summary>
    public IReadOnlyList<string> GroupOf(string id)
    {
        if (!_byId.TryGetValue(id, out var index))
            return [];
        var root = Find(index);
        return [.. _entries[root].Members.Select(m => _entries[m].Id)];
    }

    /// <summary>Whether <paramref name="id"/> is in a copy group with others (without listing the group).</summary>
    public bool HasCopies(string id) => _byId.TryGetValue(id, out var index) && _entries[Find(index)].Members.Count > 1;

    /// <summary>The articles <paramref name="id"/> was directly found to copy or be copied by (its group may hold more, through them).</summary>
    public IReadOnlyList<string> LinksOf(string id) =>
        _byId.TryGetValue(id, out var index) ? [.. _entries[index].Links.Select(l => _entries[l].Id)] : [];

    /// <summary>Containment (shared / shorter) and resemblance (shared / union) of two fingerprints.</summary>
    public static (double Containment, double Resemblance) Compare(TextFingerprint a, TextFingerprint b)
    {
        if (a.Count == 0 || b.Count == 0)
            return (0, 0);
        var common = a.Overlap(b);
        return ((double)common / Math.Min(a.Count, b.Count), (double)common / (a.Count + b.Count - common));
    }

    private bool IsCopy(TextFingerprint a, TextFingerprint b, double containment)
    {
        if (Math.Min(a.Count, b.Count) < _options.MinShingles)
            return a.Count == b.Count && containment >= 1.0;
        return containment >= _options.MinContainment;
    }

    private bool IsSampled(uint shingle) => (TextFingerprint.Mix(shingle ^ 0x5DEECE66DUL) % (ulong)_options.SampleRate) == 0;

    private bool InWindow(Entry a, Entry b) =>
        a.Published is not { } x || b.Published is not { } y || (x - y).Duration() <= _options.Window;

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    private void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb)
            return;
        if (_entries[ra].Members.Count < _entries[rb].Members.Count)
            (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        _entries[ra].Members.AddRange(_entries[rb].Members);
        _entries[ra].Members.Sort();
        if (Earlier(_entries[rb].Original, _entries[ra].Original))
            _entries[ra].Original = _entries[rb].Original;
        _entries[rb].Members.Clear();
    }

    private bool Earlier(int a, int b)
    {
        var (pa, pb) = (_entries[a].Published, _entries[b].Published);
        if (pa != pb)
        {
            if (pa is null)
                return false;
            if (pb is null)
                return true;
            return pa < pb;
        }
        return a < b;
    }

    private sealed class Entry(string id, DateTimeOffset? published, TextFingerprint fingerprint)
    {
        public string Id { get; } = id;
        public DateTimeOffset? Published { get; } = published;
        public TextFingerprint Fingerprint { get; } = fingerprint;
        public List<int> Members { get; } = [];
        public List<int> Links { get; } = [];
        public int Original { get; set; } = -1;

        /// <summary>How many of its shingles are in the containment sample.</summary>
        public int Sampled { get; set; }
        public DuplicateMatch? Match { get; set; }
    }
}
