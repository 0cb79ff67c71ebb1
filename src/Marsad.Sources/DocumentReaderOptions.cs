namespace Marsad.Sources;

/// <summary>How <see cref="DocumentReader"/> reads its inputs.</summary>
public sealed record DocumentReaderOptions
{
    /// <summary>The defaults: auto-detected formats, Marsad's HTML extractor.</summary>
    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>Overrides format detection for every input (<c>--in</c>); archives and compression are still unwrapped.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    public HtmlExtractor HtmlExtractor { get; init; } = HtmlExtractor.Marsad;

    /// <summary>
    /// The largest single document (a text or HTML file, a JSON line, a WARC record) read into memory; a larger one is
    /// reported and skipped. Archives themselves (JSONL, TREC, WARC, zip) may be any size: they are streamed.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 32L << 20;
}
