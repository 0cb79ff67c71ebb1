using System.Text.RegularExpressions;

namespace Marsad.Sources.Formats;

/// <summary>Replaces JSON escapes of unpaired UTF-16 surrogates with the escape of U+FFFD.</summary>
internal static partial class LoneSurrogateEscapes
{
    public static string Repair(string json) => Lone().Replace(json, @"\uFFFD");

    // a high surrogate not followed by a low one, or a low surrogate not preceded by a high one
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Lone();
}
