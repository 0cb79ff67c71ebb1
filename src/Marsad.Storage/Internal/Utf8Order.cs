namespace Marsad.Storage.Internal;

/// <summary>
/// Orders strings by code point, which is the byte order of their UTF-8 (SQLite's BINARY collation, PostgreSQL's "C"):
/// ordinal UTF-16 comparison differs from it where characters beyond U+FFFF meet U+E000–U+FFFF.
/// </summary>
internal sealed class Utf8Order : IComparer<string>
{
    public static Utf8Order Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return x is null ? (y is null ? 0 : -1) : 1;
        return CompareSpans(x, y);
    }

    /// <summary>The same order over spans, without allocating.</summary>
    public static int CompareSpans(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        var a = x.EnumerateRunes();
        var b = y.EnumerateRunes();
        while (true)
        {
            var hasA = a.MoveNext();
            var hasB = b.MoveNext();
            if (!hasA || !hasB)
                return hasA ? 1 : hasB ? -1 : 0;
            var c = a.Current.Value.CompareTo(b.Current.Value);
            if (c != 0)
                return c;
        }
    }
}
