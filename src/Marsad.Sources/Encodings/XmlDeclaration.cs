using System.Text.RegularExpressions;

namespace Marsad.Sources.Encodings;

/// <summary>Edits the XML declaration of text that is already decoded.</summary>
internal static partial class XmlDeclaration
{
    /// <summary>Removes the encoding="…" of the declaration (and any BOM before it), which no longer describes a decoded string.</summary>
    public static string RemoveEncoding(string xml)
    {
        xml = xml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var m = Encoding().Match(xml);
        return m.Success ? xml.Remove(m.Groups[1].Index, m.Groups[1].Length) : xml;
    }

    [GeneratedRegex("""^<\?xml[^>]*?(\s+encoding\s*=\s*["'][^"']*["'])""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Encoding();
}
