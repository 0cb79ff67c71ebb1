using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Sources.Encodings;

/// <summary>Finds a declared charset in the first bytes of an HTML page or XML document, or in an HTTP Content-Type.</summary>
internal static partial class CharsetSniffer
{
    /// <summary>The charset an HTML &lt;meta&gt; or an XML declaration in <paramref name="head"/> names, if any.</summary>
    public static string? FromMarkup(ReadOnlySpan<byte> head)
    {
        // ASCII-compatible scan, as the HTML standard's prescan does; Latin-1 maps every byte to one char
        var text = Encoding.Latin1.GetString(head.Length > 4096 ? head[..4096] : head);
        var xml = XmlDeclaration().Match(text);
        if (xml.Success)
            return xml.Groups[1].Value;
        foreach (Match meta in MetaTag().Matches(text))
        {
            var charset = CharsetParameter().Match(meta.Value);
            if (charset.Success)
                return charset.Groups[1].Value;
        }
        return null;
    }

    /// <summary>The charset parameter of an HTTP Content-Type value ("text/html; charset=windows-1256").</summary>
    public static string? FromContentType(string? contentType)
    {
        if (contentType is null)
            return null;
        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("<meta[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetaTag();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CharsetParameter();
}
