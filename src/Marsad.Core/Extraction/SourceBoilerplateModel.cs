using System.Collections.Concurrent;
using Marsad.Extraction.Internal;

namespace Marsad.Extraction;

/// <summary>
/// Learns which lines recur across the articles of one outlet — a footer, a desk byline, a "read more" link — so that
/// extraction can set them aside even when no fixed rule knows them. It observes documents (per source, each distinct
/// document once: wire copies and re-filed articles are counted once) and counts, for every line, in how many documents
/// of that source it appears. Lines are compared by a 64-bit hash of their matching-normalized form with digits folded
/// to 0, so "88591 - Stc" and "88548 - Stc" are one line and no text needs to be stored: the counts can be persisted
/// (<see cref="Export"/>, <see cref="Import"/>) by a store and grown by later ingests.
/// </summary>
/// <remarks>
/// A recurring line is only a candidate: <see cref="ArticleExtractor"/> drops it only at the edges of an article (before
/// the first or after the last prose paragraph) and only when it does not end like a sentence, so recurring body
/// formulas ("ألف مبروك.", a subheading of a daily market report) stay. Thread-safe.
/// </remarks>
public sealed class SourceBoilerplateModel
{
    private readonly ConcurrentDictionary<(string Source, ulong Line), int> _lines = new();
    private readonly ConcurrentDictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Source, ulong Content), byte> _seen = new();

    /// <param name="minDocuments">In how many distinct documents of one source a line must appear to be recurring.</param>
    /// <param name="minShare">The least share of the source's documents it must appear in (0–1), so a large source needs more evidence.</param>
    public SourceBoilerplateModel(int minDocuments = 4, double minShare = 0.002)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDocuments, 2);
        MinDocuments = minDocuments;
        MinShare = minShare;
    }

    public int MinDocuments { get; }

    public double MinShare { get; }

    /// <summary>Learns from a batch of documents (analyze over a folder, an ingest run).</summary>
    public static SourceBoilerplateModel Learn(IEnumerable<RawDocument> documents, CancellationToken cancellationToken = default)
    {
        var model = new SourceBoilerplateModel();
        var n = 0;
        foreach (var document in documents)
        {
            if ((++n & 1023) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            model.Observe(document);
        }
        return model;
    }

    /// <summary>Counts the lines of one document under its source. A document seen before (same source, same content) is ignored.</summary>
    public void Observe(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Format != DocumentFormat.Text || string.IsNullOrEmpty(document.Content))
            return;
        var source = SourceKey(document.Source);
        if (!_seen.TryAdd((source, LineHash.Of(document.Content)), 0))
            return;
        _documents.AddOrUpdate(source, 1, (_, c) => c + 1);
        var lines = new HashSet<ulong>();
        foreach (var segment in ContentSegmenter.Split(document.Content))
        {
            if (segment.Text.Length <= 300)
                lines.Add(LineHash.OfLine(segment.Text));
        }
        foreach (var line in lines)
            _lines.AddOrUpdate((source, line), 1, (_, c) => c + 1);
    }

    /// <summary>The number of distinct documents observed for <paramref name="source"/>.</summary>
    public int DocumentCount(string? source) => _documents.TryGetValue(SourceKey(source), out var n) ? n : 0;

    /// <summary>In how many observed documents of <paramref name="source"/> the line appears.</summary>
    public int LineCount(string? source, string line) =>
        _lines.TryGetValue((SourceKey(source), LineHash.OfLine(line)), out var n) ? n : 0;

    /// <summary>True when the line recurs across the source's documents often enough to be boilerplate.</summary>
    public bool IsRecurring(string? source, string line)
    {
        var count = LineCount(source, line);
        return count >= MinDocuments && count >= MinShare * DocumentCount(source);
    }

    /// <summary>The counts, for a store to persist: per source, its document total and its line counts (hashes, never text).</summary>
    public IEnumerable<SourceLineCount> Export()
    {
        foreach (var (source, documents) in _documents)
            yield return new SourceLineCount(source, 0, documents);
        foreach (var ((source, line), count) in _lines)
            yield return new SourceLineCount(source, line, count);
    }

    /// <summary>Adds persisted counts (from <see cref="Export"/>) to this model; a line hash of 0 carries the document total.</summary>
    public void Import(IEnumerable<SourceLineCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var c in counts)
        {
            if (c.LineHash == 0)
                _documents.AddOrUpdate(c.Source, c.Count, (_, n) => n + c.Count);
            else
                _lines.AddOrUpdate((c.Source, c.LineHash), c.Count, (_, n) => n + c.Count);
        }
    }

    private static string SourceKey(string? source) => string.IsNullOrWhiteSpace(source) ? "" : source.Trim().ToLowerInvariant();
}
