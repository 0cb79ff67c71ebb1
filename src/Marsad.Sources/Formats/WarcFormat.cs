using System.Globalization;
using Marsad.Extraction;
using Marsad.Sources.Compression;
using Marsad.Sources.Formats.Warc;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Formats;

/// <summary>
/// WARC 1.0/1.1 archives, plain or gzipped (one gzip member per record), streamed record by record in constant
/// memory. Response records carrying HTML (and resource records that are HTML) become documents: the HTTP headers are
/// parsed, the body de-chunked and decompressed, decoded by its charset (HTTP header, then meta, then the bytes), and
/// the target URI becomes the document's URL. Other records are skipped without being read into memory. A broken
/// record is reported as "file@offset" (the compressed offset of its gzip member in a .warc.gz) and reading resumes at
/// the next record.
/// </summary>
internal static partial class WarcFormat
{
    public static IEnumerable<RawDocument> Read(Stream stream, GzipMemberStream? gzip, string name, ReadContext context)
    {
        using (stream)
        {
            var reader = new ByteReader(stream);
            var records = 0;
            var count = 0;
            while (true)
            {
                if ((++count & 255) == 0)
                    context.CancellationToken.ThrowIfCancellationRequested();
                var start = NextRecord(reader, gzip, name, context, records == 0);
                if (start < 0)
                {
                    if (records == 0 && reader.Position == 0 && gzip?.Problem is null)
                        throw new InputException(name, "empty file");
                    yield break;
                }
                var origin = Origin(name, gzip, start);
                var headers = WarcHeaders.Read(reader);
                if (!long.TryParse(headers["Content-Length"], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                {
                    // headers cut by the end of the data (or of a corrupt gzip member) are a truncation, not a bad header
                    if (reader.AtEnd)
                    {
                        if (!Recover(gzip, origin, context, "truncated record header"))
                            yield break;
                        continue;
                    }
                    context.Report(origin, "WARC record without a valid Content-Length; skipping to the next record");
                    continue;
                }
                records++;
                var type = headers["WARC-Type"];
                var contentType = headers["Content-Type"];
                var wanted = IsWanted(type, contentType);
                if (!wanted || length > context.Options.MaxDocumentBytes)
                {
                    if (wanted)
                        context.Report(origin, $"record too large ({length} bytes); skipped");
                    if (reader.Skip(length) < length && !Recover(gzip, origin, context, $"truncated record ({length} bytes announced)"))
                        yield break;
                    continue;
                }
                var block = reader.ReadBlock((int)length);
                if (block.Length < length)
                {
                    if (!Recover(gzip, origin, context, $"truncated record: {block.Length} of {length} bytes"))
                        yield break;
                    continue;
                }
                RawDocument? document = null;
                try
                {
                    document = ToDocument(block, type!, contentType, headers["WARC-Target-URI"], origin, context);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or InvalidOperationException)
                {
                    context.Report(origin, "unreadable HTTP response: " + e.Message, e);
                }
                if (document is not null)
                    yield return document;
            }
        }
    }

    /// <summary>Finds the next "WARC/1.x" line and returns the offset where it starts, or -1 at the end of the input.</summary>
    private static long NextRecord(ByteReader reader, GzipMemberStream? gzip, string name, ReadContext context, bool first)
    {
        var reported = false;
        while (true)
        {
            var start = reader.Position;
            var line = reader.ReadLine();
            if (line is null)
            {
                if (gzip is { IsStalled: true } && Recover(gzip, Origin(name, gzip, start), context, null))
                    continue;
                if (gzip?.Problem is { } problem)
                    context.Report(Origin(name, gzip, start), problem);
                return -1;
            }
            if (line.StartsWith("WARC/", StringComparison.Ordinal))
                return start;
            if (line.Length == 0)
                continue;
            if (first && !reported && gzip is null && start == 0)
                throw new InputException(name, "not a WARC file: it does not start with a WARC/1.x version line");
            if (!reported)
                context.Report(Origin(name, gzip, start), "not a WARC record header; skipping to the next record");
            reported = true;
        }
    }

    /// <summary>After a short read: a corrupt gzip member is reported and reading goes on at the next member; a truncated end stops.</summary>
    private static bool Recover(GzipMemberStream? gzip, string origin, ReadContext context, string? problem)
    {
        if (gzip is { IsStalled: true })
        {
            context.Report(origin, gzip.Problem + "; skipping to the next record");
            return gzip.Resume();
        }
        context.Report(origin, gzip?.Problem ?? problem ?? "unexpected end of the archive");
        return false;
    }

    private static bool IsWanted(string? type, string? contentType) =>
        (string.Equals(type, "response", StringComparison.OrdinalIgnoreCase) && contentType?.Contains("application/http", StringComparison.OrdinalIgnoreCase) == true)
        || (string.Equals(type, "resource", StringComparison.OrdinalIgnoreCase) && IsHtml(contentType));

    private static bool IsHtml(string? contentType) =>
        contentType is not null && (contentType.Contains("text/html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xhtml", StringComparison.OrdinalIgnoreCase));

    private static string Origin(string name, GzipMemberStream? gzip, long position) =>
        $"{name}@{(gzip is null ? position : gzip.OffsetOf(position)).ToString(CultureInfo.InvariantCulture)}";
}
