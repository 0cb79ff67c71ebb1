using Marsad.Text;

namespace Marsad.Extraction.Internal;

/// <summary>Stable 64-bit FNV-1a hashes (string.GetHashCode is randomized per process, and counts are persisted).</summary>
internal static class LineHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string text)
    {
        var h = Offset;
        foreach (var c in text)
            h = (h ^ c) * Prime;
        return h == 0 ? 1 : h;
    }

    /// <summary>A line's hash after matching normalization, with digits folded to 0 and white space collapsed.</summary>
    public static ulong OfLine(string line)
    {
        var norm = ArabicNormalizer.NormalizeMatching(line);
        var h = Offset;
        var space = true;
        foreach (var raw in norm)
        {
            var c = TextRules.IsDigit(raw) ? '0' : raw;
            if (TextRules.IsStripSpace(c) || TextRules.IsFormatMark(c))
            {
                if (space)
                    continue;
                c = ' ';
                space = true;
            }
            else
            {
                space = false;
            }
            h = (h ^ c) * Prime;
        }
        return h == 0 ? 1 : h;
    }
}
