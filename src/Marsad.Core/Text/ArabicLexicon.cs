using System.IO.Compression;

namespace Marsad.Text;

/// <summary>
/// How often each matching-normalized Arabic word form occurs in the ANT news corpora (v2.1 and v1.1, Apache-2.0):
/// the evidence <see cref="LightStemmer"/> uses to decide whether a letter is a clitic or part of the word.
/// Loaded from the embedded <c>lexicon/words.tsv.gz</c> (one <c>word&lt;TAB&gt;count</c> per line), which
/// <c>marsad-train lexicon</c> rebuilds (see docs/models.md).
/// </summary>
internal sealed class ArabicLexicon
{
    /// <summary>The embedded resource path.</summary>
    public const string ResourcePath = "lexicon/words.tsv.gz";

    private readonly Dictionary<string, int> _counts;

    /// <summary>The words that pack (up to ten letters of ء … ي: nearly all), by their packed key.</summary>
    private readonly PackedCountTable _packed;

    /// <summary>The other words, by hash.</summary>
    private readonly WordTable _lookup;

    public ArabicLexicon(Dictionary<string, int> counts)
    {
        _counts = counts;
        var packed = new List<(ulong, int)>(counts.Count);
        var others = new List<(string, string, int)>();
        // most frequent first, so the words met most often share cache lines
        foreach (var (word, count) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (PackedWordTable.TryPack(word, out var key))
                packed.Add((key, count));
            else
                others.Add((word, "", count));
        }
        _packed = new PackedCountTable(packed);
        _lookup = new WordTable(others);
    }

    /// <summary>An empty lexicon: every word is unknown, so only the unguarded rules apply.</summary>
    public static ArabicLexicon Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The shipped lexicon.</summary>
    public static ArabicLexicon Shipped => LazyShipped.Value;

    private static readonly Lazy<ArabicLexicon> LazyShipped = new(() =>
    {
        using var stream = EmbeddedData.Open(ResourcePath);
        return Load(stream);
    });

    /// <summary>Reads a gzip-compressed <c>word&lt;TAB&gt;count</c> file.</summary>
    public static ArabicLexicon Load(Stream gzipStream)
    {
        using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        var counts = new Dictionary<string, int>(131072, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || line[0] == '#')
                continue;
            if (int.TryParse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
                counts[line[..tab]] = count;
        }
        return new ArabicLexicon(counts);
    }

    /// <summary>Number of word forms.</summary>
    public int Count => _counts.Count;

    /// <summary>The word forms and their counts.</summary>
    public IReadOnlyDictionary<string, int> Words => _counts;

    /// <summary>Corpus count of <paramref name="word"/> (0 when unseen).</summary>
    public int this[ReadOnlySpan<char> word] => CountOf(default, word, default);

    /// <summary>Count of <paramref name="prefix"/> + <paramref name="word"/> (0 beyond 64 characters, as for any unseen word).</summary>
    public int WithPrefix(ReadOnlySpan<char> prefix, ReadOnlySpan<char> word) =>
        prefix.Length + word.Length > MaxAffixedLength ? 0 : CountOf(prefix, word, default);

    /// <summary>Count of <paramref name="word"/> + <paramref name="suffix"/>.</summary>
    public int WithSuffix(ReadOnlySpan<char> word, ReadOnlySpan<char> suffix) =>
        word.Length + suffix.Length > MaxAffixedLength ? 0 : CountOf(default, word, suffix);

    /// <summary>How often <paramref name="word"/> stands as a word: bare or with the article (ال).</summary>
    public int Attested(ReadOnlySpan<char> word)
    {
        // the word packed once for both questions, whose reads overlap
        if (TryPackAttested(word, out var key, out var definite))
        {
            _packed.Prefetch(definite);
            return _packed.ValueOf(key) + _packed.ValueOf(definite);
        }
        return this[word] + Definite(word);
    }

    /// <summary>
    /// Starts the memory reads of <see cref="Attested"/> (and so of the word's own count and
    /// <see cref="Definite"/>) without waiting for them, for a caller about to ask several questions.
    /// </summary>
    public void PrefetchAttested(ReadOnlySpan<char> word)
    {
        if (TryPackAttested(word, out var key, out var definite))
        {
            _packed.Prefetch(key);
            _packed.Prefetch(definite);
        }
    }

    /// <summary>The packed keys <see cref="Attested"/> reads: the word bare and with the article; false when they do not pack.</summary>
    private static bool TryPackAttested(ReadOnlySpan<char> word, out ulong key, out ulong definite)
    {
        key = 0;
        definite = 0;
        if (word.Length is 0 or > PackedWordTable.MaxLength - 2 || !PackedWordTable.TryPack(word, out key))
            return false;
        definite = PackedWordTable.Join(ArticleKey, key, word.Length);
        return true;
    }

    /// <summary><see cref="Attested"/> of <paramref name="word"/> + <paramref name="suffix"/>.</summary>
    public int AttestedWithSuffix(ReadOnlySpan<char> word, ReadOnlySpan<char> suffix) =>
        word.Length + suffix.Length > MaxAffixedLength ? 0 : AttestedJoined(word, suffix);

    /// <summary><see cref="Attested"/> of <paramref name="word"/> + <paramref name="suffix"/>, whatever its length.</summary>
    public int AttestedJoined(ReadOnlySpan<char> word, ReadOnlySpan<char> suffix) =>
        CountOf(default, word, suffix)
            + (Article.Length + word.Length + suffix.Length > MaxAffixedLength ? 0 : CountOf(Article, word, suffix));

    /// <summary>
    /// How often the family of <paramref name="stem"/> is attested: <see cref="AttestedJoined"/> summed over
    /// <paramref name="suffixes"/>, packing the stem once for all of them.
    /// </summary>
    public int AttestedFamily(ReadOnlySpan<char> stem, ReadOnlySpan<string> suffixes)
    {
        var total = 0;
        var stemPacks = PackedWordTable.TryPack(stem, out var stemKey);
        // all the family's reads are started first, so that they overlap
        foreach (var suffix in suffixes)
        {
            if (stemPacks && TryJoin(stemKey, stem.Length, suffix, out var word, out var definite))
            {
                _packed.Prefetch(word);
                _packed.Prefetch(definite);
            }
        }
        foreach (var suffix in suffixes)
        {
            if (stemPacks && TryJoin(stemKey, stem.Length, suffix, out var word, out var definite))
                total += _packed.ValueOf(word) + _packed.ValueOf(definite);
            else
                total += AttestedJoined(stem, suffix);
        }
        return total;
    }

    /// <summary>
    /// The packed keys of stem + <paramref name="suffix"/>, bare and with the article, from the stem's key; false
    /// when they do not pack (too long, or a suffix letter outside ء … ي).
    /// </summary>
    private static bool TryJoin(ulong stemKey, int stemLength, string suffix, out ulong word, out ulong definite)
    {
        var length = stemLength + suffix.Length;
        word = stemKey;
        definite = 0;
        if (length + Article.Length > PackedWordTable.MaxLength || !PackedWordTable.TryAppend(ref word, suffix))
            return false;
        definite = PackedWordTable.Join(ArticleKey, word, length);
        return true;
    }

    /// <summary>How often <paramref name="word"/> takes the article: evidence that it is a noun stem in its own right.</summary>
    public int Definite(ReadOnlySpan<char> word) => WithPrefix(Article, word);

    /// <summary>
    /// The count of <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/>, without building the word:
    /// by its packed key when it packs, else from the other words' table.
    /// </summary>
    private int CountOf(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        var key = 0UL;
        if (a.Length + b.Length + c.Length is > 0 and <= PackedWordTable.MaxLength
            && PackedWordTable.TryAppend(ref key, a) && PackedWordTable.TryAppend(ref key, b) && PackedWordTable.TryAppend(ref key, c))
            return _packed.ValueOf(key);
        return _lookup.ValueOf(a, b, c);
    }

    /// <summary>Words built from parts are looked up only up to this length (the stemmer's buffers were this long).</summary>
    private const int MaxAffixedLength = 64;

    private const string Article = "ال";

    /// <summary>The packed key of <see cref="Article"/>.</summary>
    private static readonly ulong ArticleKey = PackedWordTable.TryPack(Article, out var key) ? key : throw new InvalidOperationException("the article does not pack");
}
