using System.Security.Cryptography;
using System.Text;
using Marsad.Extraction;

namespace Marsad.Storage;

/// <summary>
/// The version stamp of a raw document: SHA-256 over its source id, container metadata and content. Two reads of
/// the same document give the same hash (re-ingest is a no-op); any change to its text or metadata gives a new one
/// (the stored article is replaced).
/// </summary>
public static class ContentHash
{
    /// <summary>32 lower-case hex digits (the first 128 bits of the SHA-256).</summary>
    public static string Of(RawDocument document)
    {
        var builder = new StringBuilder(document.Content.Length + 256);
        // field separators that cannot occur in text keep "a"+"bc" apart from "ab"+"c"
        foreach (var field in (ReadOnlySpan<string?>)[document.Format.ToString(), document.Id, document.Title, document.Url,
                     document.Source, document.Author, document.Published, document.Section])
            builder.Append(field ?? "\u0000").Append('\u0001');
        builder.Append(document.Content);
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
