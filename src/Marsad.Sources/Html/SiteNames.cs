using System.Text;
using Marsad.Text;

namespace Marsad.Sources.Html;

/// <summary>Compares a title segment with a site's name or host, across spellings ("بوابة اخبار اليوم" ~ "بوابة أخبار اليوم الإلكترونية", "alyaum" ~ "www.alyaum.com").</summary>
internal static class SiteNames
{
    public static bool Similar(string a, string b)
    {
        var x = Key(a);
        var y = Key(b);
        if (x.Length < 3 || y.Length < 3)
            return false;
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal);
    }

    private static string Key(string s)
    {
        var normalized = ArabicNormalizer.Normalize(s, NormalizationLevel.Matching).ToLowerInvariant();
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
                sb.Append(c);
        }
        var key = sb.ToString();
        foreach (var noise in (string[])["https", "http", "www"])
        {
            if (key.StartsWith(noise, StringComparison.Ordinal))
                key = key[noise.Length..];
        }
        foreach (var tld in (string[])["com", "net", "org", "ae", "sa", "eg", "tn"])
        {
            if (key.EndsWith(tld, StringComparison.Ordinal) && key.Length > tld.Length + 3)
                key = key[..^tld.Length];
        }
        return key;
    }
}
