namespace Marsad.Text;

/// <summary>
/// Turns text into search terms. The same analyzer runs at index and at query time on every backend, so a query
/// means the same thing everywhere. Steps, one token at a time (<see cref="ArabicTokenizer"/>):
/// <list type="number">
/// <item>Punctuation, URLs and e-mail addresses give no terms.</item>
/// <item>Words are matching-normalized (<see cref="ArabicNormalizer"/>: أ إ آ → ا, ى → ي, ة → ه, ؤ ئ → ء,
///   harakat and tatweel out, Latin lower-cased).</item>
/// <item>Stop words go: the shipped MIT lists normalized the same way, without the news content words of
///   <c>stopwords/keep.txt</c>; على and إلى only when written with ى (علي is a name). A stop word behind a
///   conjunction or preposition goes too (وفي, بذلك).</item>
/// <item>Arabic words are light-stemmed by <see cref="LightStemmer"/>, guarded by corpus evidence
///   (<c>lexicon/words.tsv.gz</c>): لروسيا → روسيا, والجامعات → جامع; وكالة keeps its و (وكال, as for
///   وكالات), and آسيان, داعش, ميدفيديف stay whole.</item>
/// <item>A word mixing scripts or letters and digits gives one term per run (كوفيد19 → كوفيد 19; a bare article
///   before Latin is dropped: الـBBC → bbc).</item>
/// <item>Numbers give their ASCII digits without thousands separators: ١٬٠٩٥ and 1,095 → 1095; ٣٫٥ → 3.5.</item>
/// <item>A hashtag gives the terms of its words (#عاصي_الحلاني → عاصي الحلاني; the corpus never shows حلاني
///   without ال, so it stays), each with its own offsets;
///   an @handle gives the handle, lower-cased, as one term.</item>
/// </list>
/// Every term carries the offsets of its source word in the original text. Thread-safe.
/// </summary>
public sealed partial class SearchTermAnalyzer
{
    private static readonly Lazy<SearchTermAnalyzer> LazyDefault = new(() => new SearchTermAnalyzer(ArabicLexicon.Shipped, StopwordSet.Shipped));

    private readonly StopwordSet _stops;
    private readonly LightStemmer _stemmer;
    private readonly PackedWordTable _packed;
    private readonly string[] _packedStems;
    private readonly KnownWordTable _known;
    private readonly string?[] _knownStems;

    /// <summary>True when a word that packs went to <see cref="KnownWordTable"/> (its stem is not a range of it).</summary>
    private readonly bool _knownHasPackable;

    /// <summary>The analyzer with Marsad's shipped stop words and lexicon.</summary>
    public static SearchTermAnalyzer Default => LazyDefault.Value;

    internal SearchTermAnalyzer(ArabicLexicon lexicon, StopwordSet stops)
    {
        _stops = stops;
        _stemmer = new LightStemmer(lexicon, stops);
        (_packed, _packedStems, _known, _knownStems, _knownHasPackable) = Precompute(lexicon);
    }

    /// <summary>True if <paramref name="normalizedWord"/> (matching-normalized) is a stop word in some spelling.</summary>
    public bool IsStopword(string normalizedWord) => _stops.Classify(normalizedWord) != StopKind.None;

    /// <summary>The search terms of <paramref name="text"/>, in order.</summary>
    public List<string> GetTerms(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        // sized once for news text, so that the list does not grow (allocate and copy) term by term
        var terms = new List<string>((text.Length / CharsPerTerm) + 1);
        var sink = new StringListSink(terms);
        Run(text, ref sink);
        return terms;
    }

    /// <summary>
    /// At most this many UTF-16 characters per term in news text, for sizing lists: the analyzer benchmark's ANT
    /// v2.1 bodies give 8.4 (99,407 terms), and six leaves room for denser text (fewer stop words, shorter words).
    /// </summary>
    private const int CharsPerTerm = 6;

    /// <summary>The search terms of <paramref name="text"/> with the offsets of their source words.</summary>
    public List<SearchTerm> Analyze(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var terms = new List<SearchTerm>((text.Length / CharsPerTerm) + 1);
        var sink = new SearchTermListSink(terms);
        Run(text, ref sink);
        return terms;
    }

    /// <summary>
    /// Appends the terms of <paramref name="text"/> to <paramref name="terms"/> (call <see cref="TermBuffer.Clear"/>
    /// between texts). Allocates nothing once the buffer has grown: the path for indexing.
    /// </summary>
    public void Analyze(ReadOnlySpan<char> text, TermBuffer terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var sink = new TermBufferSink(terms);
        Run(text, ref sink);
    }

    /// <summary>True when the analysis of <paramref name="normalizedWord"/> was precomputed from the lexicon.</summary>
    internal bool IsKnown(ReadOnlySpan<char> normalizedWord) =>
        PackedWordTable.TryPack(normalizedWord, out var key) && _packed.Find(key) >= 0 || _known.Find(normalizedWord) >= 0;

    /// <summary>
    /// Analyzes every Arabic word of the lexicon once: its stop kind and stem go into the tables looked up per token
    /// (<see cref="PackedWordTable"/> for the short words, <see cref="KnownWordTable"/> for the rest; most frequent
    /// words first), and each distinct stem becomes one shared string for the string outputs.
    /// </summary>
    private (PackedWordTable Packed, string[] PackedStems, KnownWordTable Table, string?[] Stems, bool KnownHasPackable) Precompute(ArabicLexicon lexicon)
    {
        var packed = new List<(ulong Key, StopKind Kind, byte StemStart, byte StemLength, char StemLast, int Index)>(lexicon.Count);
        var packedStems = new List<string>(lexicon.Count);
        var entries = new List<(string Word, StopKind Kind, string Stem)>();
        var knownHasPackable = false;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var stemLookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var (word, _) in lexicon.Words.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (word.Length > buffer.Length || !IsArabicWord(word))
                continue;
            var w = buffer[..word.Length];
            word.AsSpan().CopyTo(w);
            var kind = _stemmer.Stem(w, out var start, out var length);
            var stem = "";
            if (kind != StopKind.Always)
            {
                var span = w.Slice(start, length);
                if (!stemLookup.TryGetValue(span, out var shared))
                {
                    shared = span.SequenceEqual(word) ? word : new string(span);
                    stems.Add(shared);
                }
                stem = shared;
            }
            if (PackedWordTable.TryPack(word, out var key) && StemRange(word, stem) is var (stemStart, stemLast)
                && (stemLast == '\0' || PackedWordTable.Code(stemLast) != 0))
            {
                packed.Add((key, kind, (byte)stemStart, (byte)stem.Length, stemLast, packedStems.Count));
                packedStems.Add(stem);
            }
            else
            {
                knownHasPackable |= PackedWordTable.TryPack(word, out _);
                entries.Add((word, kind, stem));
            }
        }
        var table = new KnownWordTable(entries);
        var strings = new string?[table.Capacity];
        foreach (var (word, kind, stem) in entries)
        {
            if (kind != StopKind.Always)
                strings[table.Find(word)] = stem;
        }
        return (new PackedWordTable(packed), [.. packedStems], table, strings, knownHasPackable);
    }

    /// <summary>
    /// Where <paramref name="stem"/> lies in <paramref name="word"/>: its start, and its last letter when the
    /// stemmer restored a different one (حكومتها → حكومة); null when the stem is not such a range.
    /// </summary>
    private static (int Start, char Last)? StemRange(string word, string stem)
    {
        if (stem.Length == 0)
            return (0, '\0');
        for (var start = 0; start + stem.Length <= word.Length; start++)
        {
            var range = word.AsSpan(start, stem.Length);
            if (range[..^1].SequenceEqual(stem.AsSpan(0, stem.Length - 1)))
                return (start, range[^1] == stem[^1] ? '\0' : stem[^1]);
        }
        return null;
    }

    private static bool IsArabicWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!ArabicLetters.IsLetter(c))
                return false;
        }
        return word.Length > 0;
    }
}
