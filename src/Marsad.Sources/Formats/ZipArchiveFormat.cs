using System.IO.Compression;
using Marsad.Extraction;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Formats;

/// <summary>
/// Zip archives (SaudiNewsNet's daily zips, folders of pages someone zipped): every supported entry is read as if it
/// were a file named "archive.zip!entry", its format detected from its own name and content. A corrupt entry is
/// reported and the next one read.
/// </summary>
internal static class ZipArchiveFormat
{
    public static IEnumerable<RawDocument> Read(Stream raw, PeekStream peek, string name, ReadContext context)
    {
        using var archive = Open(raw, peek, name);
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)
                || Path.GetFileName(entry.FullName).StartsWith('.') || !FormatSniffer.IsCandidate(entry.FullName))
                continue;
            var entryName = $"{name}!{entry.FullName}";
            foreach (var document in InputDispatcher.Guard(entryName, () => InputDispatcher.ReadStream(entry.Open(), entryName, context), context))
                yield return document;
        }
    }

    // ZipArchive needs to seek (the directory is at the end): files are used in place, other streams spooled to a temporary file
    private static ZipArchive Open(Stream raw, PeekStream peek, string name)
    {
        Stream seekable;
        if (raw.CanSeek)
        {
            raw.Seek(0, SeekOrigin.Begin);
            seekable = raw;
        }
        else
        {
            var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            peek.CopyTo(temp);
            temp.Seek(0, SeekOrigin.Begin);
            seekable = temp;
        }
        try
        {
            return new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            seekable.Dispose();
            throw new InputException(name, "not a readable zip archive (truncated or corrupt): " + e.Message, e);
        }
    }
}
