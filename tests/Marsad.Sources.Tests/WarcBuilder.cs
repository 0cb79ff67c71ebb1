using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marsad.Sources.Tests;

/// <summary>Writes small WARC 1.0 files for tests: plain, or gzipped with one member per record as crawlers write them.</summary>
internal sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];

    public WarcBuilder Warcinfo() => Record("warcinfo", null, "application/warc-fields", Encoding.ASCII.GetBytes("software: marsad-tests\r\nformat: WARC File Format 1.0\r\n"));

    public WarcBuilder Request(string uri) => Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET {new Uri(uri).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    /// <summary>A response record: an HTTP response with <paramref name="headers"/> and <paramref name="body"/>.</summary>
    public WarcBuilder Response(string uri, byte[] body, string contentType = "text/html; charset=utf-8", int status = 200, string extraHeaders = "")
    {
        var head = $"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n";
        return Record("response", uri, "application/http; msgtype=response", [.. Encoding.ASCII.GetBytes(head), .. body]);
    }

    public WarcBuilder Response(string uri, string html) => Response(uri, Fixtures.Utf8.GetBytes(html));

    public WarcBuilder Record(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append("WARC/1.0\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
            .Append("WARC-Date: 2020-03-17T17:30:00Z\r\n");
        if (uri is not null)
            header.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {uri}\r\n");
        header.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        _records.Add([.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public int Count => _records.Count;

    public byte[] Plain() => [.. _records.SelectMany(r => r)];

    /// <summary>One gzip member per record; <paramref name="offsets"/> receives where each member starts.</summary>
    public byte[] Gzipped(List<long>? offsets = null)
    {
        using var output = new MemoryStream();
        foreach (var record in _records)
        {
            offsets?.Add(output.Length);
            using var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gz.Write(record);
        }
        return output.ToArray();
    }
}
