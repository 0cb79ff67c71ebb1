namespace Marsad.Stories;

/// <summary>How the <see cref="DuplicateIndex"/> finds and judges copies.</summary>
public sealed record DuplicateIndexOptions
{
    /// <summary>LSH bands; a pair becomes a candidate when any band of their signatures is equal.</summary>
    public int Bands { get; init; } = 42;

    /// <summary>
    /// Signature rows per band. With 42 × 3 a pair at resemblance 0.3 is a candidate 68% of the time, at 0.4 94%, at
    /// 0.5 99.6%: a copy that keeps only half the wire text (resemblance about 0.5, containment 1) is still found.
    /// </summary>
    public int Rows { get; init; } = 3;

    /// <summary>Signature length (<see cref="Bands"/> × <see cref="Rows"/>).</summary>
    public int Hashes => Bands * Rows;

    /// <summary>
    /// Share of the shorter text's shingles found in the other that makes a copy. Containment rather than resemblance:
    /// a copy that drops paragraphs, or adds a dateline and boilerplate, still contains (or is contained in) the wire text.
    /// </summary>
    public double MinContainment { get; init; } = 0.7;

    /// <summary>Texts with fewer shingles than this are copies only when identical: a shared sentence is not a shared report.</summary>
    public int MinShingles { get; init; } = 12;

    /// <summary>
    /// One shingle in this many (by a fixed hash) is indexed to find texts contained in longer ones; a candidate must
    /// share half of the shorter text's sampled shingles. 4 keeps about 3 samples in the shortest texts compared.
    /// </summary>
    public int SampleRate { get; init; } = 4;

    /// <summary>Entries kept per LSH bucket and per sampled shingle (newest first); bounds the work per lookup whatever the index size.</summary>
    public int MaxBucket { get; init; } = 32;

    /// <summary>Copies are looked for only among articles published this close in time (when both dates are known).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);
}
