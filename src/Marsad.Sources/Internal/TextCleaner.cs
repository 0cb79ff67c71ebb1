using System.Text;

namespace Marsad.Sources.Internal;

/// <summary>
/// Makes decoded text safe to pass on: lone surrogates become U+FFFD (they cannot be written as UTF-8), byte order
/// marks inside the text, NULs and other C0 controls except tab and newline are dropped, and CRLF/CR become LF.
/// </summary>
internal static class TextCleaner
{
    public static string? Clean(string? s)
    {
        if (s is null || !NeedsCleaning(s))
            return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
                continue;
            }
            if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
                continue;
            }
            if (c == '\r')
            {
                if (i + 1 >= s.Length || s[i + 1] != '\n')
                    sb.Append('\n');
                continue;
            }
            if (c == '\uFEFF' || (c < ' ' && c != '\n' && c != '\t') || c == '\u007F')
                continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool NeedsCleaning(string s)
    {
        foreach (var c in s)
        {
            if ((c < ' ' && c != '\n' && c != '\t') || c == '\uFEFF' || c == '\u007F' || char.IsSurrogate(c))
                return true;
        }
        return false;
    }
}
