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
/// </list>
/// </summary>
internal sealed class NameEvidence
{
    public NameEvidence(IEnumerable<string> contestedRoots, IEnumerable<string> contestedFinals, IEnumerable<string> placesWithArticle,
        IEnumerable<string> compoundPrefixes, IEnumerable<string> descriptors)
    {
        ContestedRoots = new HashSet<string>(contestedRoots, StringComparer.Ordinal);
        ContestedFinals = new HashSet<string>(contestedFinals, StringComparer.Ordinal);
        PlacesWithArticle = new HashSet<string>(placesWithArticle.Select(NameSpelling.Fold), StringComparer.Ordinal);
        CompoundPrefixes = new HashSet<string>(compoundPrefixes.Select(NameSpelling.Fold), StringComparer.Ordinal);
        Descriptors = new HashSet<string>(descriptors.Select(NameSpelling.Fold), StringComparer.Ordinal);
    }

    /// <summary>The shipped evidence.</summary>
    public static NameEvidence Default => Shipped.Value;

    /// <summary>Only the hand-written lists: what the trainer starts from before it has corpus evidence.</summary>
    public static NameEvidence HandWritten => Bare.Value;

    private static readonly Lazy<NameEvidence> Shipped = new(() => new NameEvidence(
        Read("names/contested-roots.txt"), Read("names/contested-finals.txt"), Read("names/places-with-article.txt"),
        Read("names/compound-prefixes.txt"), Read("names/descriptors.txt")));

    private static readonly Lazy<NameEvidence> Bare = new(() => new NameEvidence(
        [], [], [], Read("names/compound-prefixes.txt"), Read("names/descriptors.txt")));

    public HashSet<string> ContestedRoots { get; }

    public HashSet<string> ContestedFinals { get; }

    public HashSet<string> PlacesWithArticle { get; }

    public HashSet<string> CompoundPrefixes { get; }

    public HashSet<string> Descriptors { get; }

    private static IEnumerable<string> Read(string path) =>
        EmbeddedData.Exists(path) ? EmbeddedData.ReadLines(path) : [];
}
