namespace Marsad.Analysis.Names;

/// <summary>
/// What the corpora and gazetteers say about spellings, as the name key uses it. Built by
/// <c>marsad-train names</c> (docs/models.md) and shipped under <c>Resources/names/</c>:
/// <list type="bullet">
/// <item><c>contested-roots.txt</c>: root skeletons (first letter, then the consonants) shared by two or more
///   frequent words that fit a native pattern — حسن/حسين، جمال/جميل: there the long vowel tells names apart.</item>
/// <item><c>contested-finals.txt</c>: skeletons written both with and without a final alef by frequent, different
///   words — هولندا (Netherlands) / هولاند (Hollande): there the final alef is kept.</item>
/// <item><c>places-with-article.txt</c>: place names whose الـ is part of the name (الهند ≠ هند، الكاميرون ≠ كاميرون).</item>
/// <item><c>aliases.tsv</c> (hand-written, a list and not a rule): other names of frequent organisations
///   (الناتو = حلف شمال الأطلسي، داعش = تنظيم الدولة الإسلامية).</item>
/// </list>
/// </summary>
internal sealed class NameEvidence
{
    public NameEvidence(IEnumerable<string> contestedRoots, IEnumerable<string> contestedFinals, IEnumerable<string> placesWithArticle,
        IEnumerable<string> compoundPrefixes, IEnumerable<string> descriptors, IEnumerable<string> aliases)
    {
        ContestedRoots = new HashSet<string>(contestedRoots, StringComparer.Ordinal);
        ContestedFinals = new HashSet<string>(contestedFinals, StringComparer.Ordinal);
        PlacesWithArticle = new HashSet<string>(placesWithArticle.Select(NameSpelling.Fold), StringComparer.Ordinal);
        CompoundPrefixes = new HashSet<string>(compoundPrefixes.Select(NameSpelling.Fold), StringComparer.Ordinal);
        Descriptors = new HashSet<string>(descriptors.Select(NameSpelling.Fold), StringComparer.Ordinal);
        Aliases = [.. aliases.Select(l => l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Where(a => a.Length >= 2)];
    }

    /// <summary>The shipped evidence.</summary>
    public static NameEvidence Default => Shipped.Value;

    /// <summary>Only the hand-written lists: what the trainer starts from before it has corpus evidence.</summary>
    public static NameEvidence HandWritten => Bare.Value;

    private static readonly Lazy<NameEvidence> Shipped = new(() => new NameEvidence(
        Read("names/contested-roots.txt"), Read("names/contested-finals.txt"), Read("names/places-with-article.txt"),
        Read("names/compound-prefixes.txt"), Read("names/descriptors.txt"), Read("names/aliases.tsv")));

    private static readonly Lazy<NameEvidence> Bare = new(() => new NameEvidence(
        [], [], [], Read("names/compound-prefixes.txt"), Read("names/descriptors.txt"), Read("names/aliases.tsv")));

    public HashSet<string> ContestedRoots { get; }

    public HashSet<string> ContestedFinals { get; }

    public HashSet<string> PlacesWithArticle { get; }

    public HashSet<string> CompoundPrefixes { get; }

    public HashSet<string> Descriptors { get; }

    /// <summary>Names of one organisation that share no spelling (<c>aliases.tsv</c>): the name first, then its aliases.</summary>
    public List<string[]> Aliases { get; }

    private static IEnumerable<string> Read(string path) =>
        EmbeddedData.Exists(path) ? EmbeddedData.ReadLines(path) : [];
}
