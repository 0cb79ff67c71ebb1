namespace Marsad.Sources.Internal;

/// <summary>Reading a bounded stream into memory, for inputs that are one document (a text file, an HTML page).</summary>
internal static class StreamBytes
{
    /// <summary>All bytes of <paramref name="stream"/>; an input over <paramref name="max"/> bytes is an error, not an allocation.</summary>
    public static byte[] ReadAll(Stream stream, long max, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > max)
                throw new InputException(name, $"too large for one document (over {max >> 20} MB); split it or use a streamed format (JSONL, TREC, WARC)");
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
