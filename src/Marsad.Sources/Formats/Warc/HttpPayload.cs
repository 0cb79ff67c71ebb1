using System.IO.Compression;

namespace Marsad.Sources.Formats.Warc;

/// <summary>The HTTP response inside a WARC response record: status, headers, and the body with chunking and content encoding undone.</summary>
internal sealed record HttpPayload(int Status, string? ContentType, byte[] Body)
{
    /// <summary>Parses a response block; null when it is not an HTTP response.</summary>
    public static HttpPayload? Parse(byte[] block, long maxBytes)
    {
        using var stream = new MemoryStream(block, writable: false);
        var reader = new ByteReader(stream);
        var statusLine = reader.ReadLine();
        if (statusLine is null || !statusLine.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
            return null;
        var parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var status = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
        var headers = WarcHeaders.Read(reader);
        var bodyStart = (int)reader.Position;
        var body = block.AsSpan(bodyStart).ToArray();
        if (headers["Transfer-Encoding"]?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            body = Dechunk(body);
        body = Decode(body, headers["Content-Encoding"], maxBytes);
        return new HttpPayload(status, headers["Content-Type"], body);
    }

    // crawlers store bodies as sent: sometimes still chunked; a body that does not parse as chunks is kept as it is
    private static byte[] Dechunk(byte[] body)
    {
        using var input = new MemoryStream(body, writable: false);
        var reader = new ByteReader(input);
        using var output = new MemoryStream();
        while (reader.ReadLine() is { } sizeLine)
        {
            var hex = sizeLine.Split(';')[0].Trim();
            if (!int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 0)
                return body;
            if (size == 0)
                break;
            var chunk = reader.ReadBlock(size);
            output.Write(chunk);
            _ = reader.ReadLine();
        }
        return output.ToArray();
    }

    private static byte[] Decode(byte[] body, string? contentEncoding, long maxBytes)
    {
        var encoding = contentEncoding?.Trim().ToLowerInvariant();
        if (encoding is null or "" or "identity" || body.Length == 0)
            return body;
        using var input = new MemoryStream(body, writable: false);
        using Stream decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
            "deflate" => body[0] == 0x78 ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => throw new InvalidDataException($"unsupported Content-Encoding '{contentEncoding}'"),
        };
        using var output = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = decoder.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + n > maxBytes)
                throw new InvalidDataException("decompressed body too large");
            output.Write(buffer, 0, n);
        }
        return output.ToArray();
    }
}
