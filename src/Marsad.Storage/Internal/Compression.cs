using System.IO.Compression;
using System.Text;

namespace Marsad.Storage.Internal;

/// <summary>Brotli (quality 3: nearly the ratio of quality 5 at about half the CPU) for stored JSON records.</summary>
internal static class Compression
{
    public static byte[] Compress(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (!BrotliEncoder.TryCompress(bytes, output, out var written, quality: 3, window: 22))
            throw new InvalidOperationException("Brotli compression failed");
        return output.AsSpan(0, written).ToArray();
    }

    public static string Decompress(byte[] data)
    {
        using var input = new MemoryStream(data);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
