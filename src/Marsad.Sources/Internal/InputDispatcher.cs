using Marsad.Extraction;
using Marsad.Sources.Compression;
using Marsad.Sources.Formats;

namespace Marsad.Sources.Internal;

/// <summary>
/// Routes an input to its reader: unwraps gzip and zip, detects the format (or takes <c>--in</c>), and keeps one bad
/// input from stopping the others — every failure is reported with the input's name and reading goes on.
/// </summary>
internal static partial class InputDispatcher
{
    private static readonly byte[] GzipMagic = [0x1F, 0x8B];
    private static readonly byte[] ZipMagic = [(byte)'P', (byte)'K', 3, 4];
    private static readonly byte[] EmptyZipMagic = [(byte)'P', (byte)'K', 5, 6];

    public static IEnumerable<RawDocument> ReadPath(string path, ReadContext context)
    {
        if (path == "-")
            return Guard("-", () => ReadStream(Console.OpenStandardInput(), "-", context), context);
        if (Directory.Exists(path))
            return ReadFolder(path, context);
        if (!File.Exists(path))
        {
            context.Report(path, "no such file or folder");
            return [];
        }
        return Guard(path, () => ReadStream(OpenFile(path), path, context), context);
    }

    /// <summary>Reads one stream named <paramref name="name"/> (a file, an archive entry, standard input).</summary>
    public static IEnumerable<RawDocument> ReadStream(Stream raw, string name, ReadContext context)
    {
        try
        {
            return Dispatch(raw, name, context);
        }
        catch
        {
            // the readers own the stream once they run; an input refused before that is closed here
            raw.Dispose();
            throw;
        }
    }

    private static IEnumerable<RawDocument> Dispatch(Stream raw, string name, ReadContext context)
    {
        var peek = new PeekStream(raw);
        var head = peek.Head;
        if (head.StartsWith(GzipMagic))
            return ReadGzip(peek, name, context);
        if (head.StartsWith(ZipMagic) || head.StartsWith(EmptyZipMagic))
            return ZipArchiveFormat.Read(raw, peek, name, context);
        var format = context.Options.Format;
        if (format == InputFormat.Auto)
        {
            if (head.IsEmpty)
                throw new InputException(name, "empty file");
            format = FormatSniffer.Detect(head, name)
                ?? throw new InputException(name, "binary data, not a supported input (text, HTML, JSONL, TREC, RSS/Atom, WARC, zip, gzip)");
        }
        return Read(format, peek, name, context);
    }

    private static IEnumerable<RawDocument> Read(InputFormat format, PeekStream stream, string name, ReadContext context) => format switch
    {
        InputFormat.Html => HtmlFormat.Read(stream, name, context),
        InputFormat.Jsonl => JsonFormat.Read(stream, name, context),
        InputFormat.Trec => TrecFormat.Read(stream, name, context),
        InputFormat.Warc => WarcFormat.Read(stream, null, name, context),
        InputFormat.Rss => FeedFormat.Read(stream, name, context),
        _ => PlainTextFormat.Read(stream, name, context),
    };

    private static IEnumerable<RawDocument> ReadGzip(PeekStream compressed, string name, ReadContext context)
    {
        var gzip = new GzipMemberStream(compressed);
        var inner = new PeekStream(gzip);
        var innerName = FormatSniffer.StripCompression(name);
        var format = context.Options.Format;
        if (format == InputFormat.Auto)
        {
            if (inner.Head.IsEmpty)
                throw new InputException(name, gzip.Problem ?? "empty gzip file");
            if (inner.Head.StartsWith(ZipMagic))
                throw new InputException(name, "a zip archive inside gzip is not supported; unzip it first");
            format = FormatSniffer.Detect(inner.Head, innerName)
                ?? throw new InputException(name, "binary data inside gzip, not a supported input");
        }
        if (format == InputFormat.Warc)
            return WarcFormat.Read(inner, gzip, name, context);
        return ReportTruncation(Read(format, inner, name, context), gzip, name, context);
    }

    // a gzip stream that ends early stops the reader quietly; say so once it has given what it could
    private static IEnumerable<RawDocument> ReportTruncation(IEnumerable<RawDocument> documents, GzipMemberStream gzip, string name, ReadContext context)
    {
        foreach (var d in documents)
            yield return d;
        if (gzip.Problem is { } problem)
            context.Report(name, problem + "; the documents before it were read");
    }

    private static IEnumerable<RawDocument> ReadFolder(string folder, ReadContext context)
    {
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            }).Where(f => !Path.GetFileName(f).StartsWith('.') && FormatSniffer.IsCandidate(f)).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Report(folder, "cannot list the folder: " + e.Message, e);
            return [];
        }
        return files.SelectMany(f => Guard(f, () => ReadStream(OpenFile(f), f, context), context));
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot open: " + e.Message, e);
        }
    }
}
