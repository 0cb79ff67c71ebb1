using Marsad.Extraction;
using Marsad.Sources.Internal;

namespace Marsad.Sources;

/// <summary>
/// The one entry point for reading inputs (used by <c>analyze</c> and <c>ingest</c>): files, folders (recursively),
/// zip and gzip archives and standard input, in every format Marsad takes — plain text, HTML, JSONL/JSON, TREC,
/// RSS/Atom and WARC. Documents are yielded lazily as they are read; nothing big is loaded whole.
/// </summary>
/// <remarks>
/// A problem with one input — a missing file, a malformed JSON line, a corrupt WARC record, a truncated archive — is
/// reported through <c>onError</c> as an <see cref="InputException"/> naming the input ("file", "file:line",
/// "archive.zip!entry", "crawl.warc.gz@offset") and reading goes on with the next one.
/// </remarks>
public static class DocumentReader
{
    /// <summary>Reads every document in <paramref name="paths"/> ("-" is standard input) as <paramref name="format"/>.</summary>
    public static IEnumerable<RawDocument> Read(IEnumerable<string> paths, InputFormat format, Action<InputException> onError,
        CancellationToken cancellationToken = default) =>
        Read(paths, DocumentReaderOptions.Default with { Format = format }, onError, cancellationToken);

    /// <summary>Reads every document in <paramref name="paths"/> ("-" is standard input) with <paramref name="options"/>.</summary>
    public static IEnumerable<RawDocument> Read(IEnumerable<string> paths, DocumentReaderOptions options, Action<InputException> onError,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var context = new ReadContext(options, onError, cancellationToken);
        return paths.SelectMany(p => InputDispatcher.ReadPath(p, context));
    }

    /// <summary>Reads the documents in one stream (a download, an upload) named <paramref name="name"/> for messages and detection.</summary>
    public static IEnumerable<RawDocument> Read(Stream stream, string name, DocumentReaderOptions options, Action<InputException> onError,
        CancellationToken cancellationToken = default)
    {
        var context = new ReadContext(options, onError, cancellationToken);
        return InputDispatcher.Guard(name, () => InputDispatcher.ReadStream(stream, name, context), context);
    }
}
