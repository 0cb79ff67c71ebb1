using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marsad.Analysis.Keywords;

/// <summary>
/// How many documents of a reference corpus contain each search term (<see cref="Text.SearchTermAnalyzer"/> terms),
/// for inverse document frequencies. The shipped table (<c>keywords/document-frequencies.tsv.gz</c>) is counted over
/// the ANT corpus (v1.1 and v2.1, de-duplicated) by <c>marsad-train idf</c>; terms seen in one document only are left
/// out and count as unseen.
/// </summary>
public sealed class DocumentFrequencies
{
    /// <summary>The embedded resource path of the shipped table.</summary>
    public const string ResourcePath = "keywords/document-frequencies.tsv.gz";

    private static readonly Lazy<DocumentFrequencies> Shipped = new(() => Load(EmbeddedData.Open(ResourcePath)));
    private readonly Dictionary<string, int> _counts;

    public DocumentFrequencies(int documentCount, Dictionary<string, int> counts)
    {
        DocumentCount = Math.Max(1, documentCount);
        _counts = counts;
    }

    /// <summary>The table counted over ANT.</summary>
    public static DocumentFrequencies Default => Shipped.Value;

    /// <summary>Documents in the reference corpus.</summary>
    public int DocumentCount { get; }

    /// <summary>Distinct terms in the table.</summary>
    public int TermCount => _counts.Count;

    /// <summary>Documents containing <paramref name="term"/> (0 when unseen).</summary>
    public int Count(string term) => _counts.GetValueOrDefault(term);

    /// <summary>Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1; an unseen term gets the highest value.</summary>
    public double Idf(string term) => Math.Log((DocumentCount + 1.0) / (Count(term) + 1.0)) + 1.0;

    /// <summary>Reads a table: a "# documents N" line, then "term TAB count" lines; gzip-compressed.</summary>
    /// <exception cref="InvalidDataException">The table is malformed.</exception>
    public static DocumentFrequencies Load(Stream stream)
    {
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        var header = reader.ReadLine() ?? throw new InvalidDataException("empty document-frequency table");
        const string prefix = "# documents ";
        if (!header.StartsWith(prefix, StringComparison.Ordinal) || !int.TryParse(header.AsSpan(prefix.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            throw new InvalidDataException("document-frequency table lacks its '# documents N' header");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var df))
                throw new InvalidDataException("malformed document-frequency line: " + line);
            counts[line[..tab]] = df;
        }
        return new DocumentFrequencies(n, counts);
    }

    /// <summary>Writes the table in the format <see cref="Load"/> reads, terms in ordinal order, dropping those below <paramref name="minCount"/>.</summary>
    public void Save(Stream stream, int minCount)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# documents " + DocumentCount.ToString(CultureInfo.InvariantCulture));
        foreach (var (term, df) in _counts.Where(p => p.Value >= minCount).OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine(term + "\t" + df.ToString(CultureInfo.InvariantCulture));
    }
}
