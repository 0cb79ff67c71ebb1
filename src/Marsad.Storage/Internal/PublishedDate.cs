using System.Globalization;

namespace Marsad.Storage.Internal;

/// <summary>
/// Reads the publication times sources give (ISO-8601, RFC 1123 "Sun, 18 Feb 2018 21:35:43 +0400", bare dates) into a
/// UTC instant for sorting and the calendar day as the outlet dated it, for filters and histograms.
/// </summary>
internal static class PublishedDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-ddTHH:mmK", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "dd MMM yyyy HH:mm:ss zzz", "yyyy/MM/dd",
    ];

    /// <summary>Parses <paramref name="text"/>; false when it is not a date Marsad recognizes.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant, out DateOnly day)
    {
        instant = default;
        day = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var s = text.Trim();
        // RFC 822 zones written without a colon ("+0400") are what zzz cannot read
        if (s.Length > 5 && (s[^5] == '+' || s[^5] == '-') && s[^4..].All(char.IsAsciiDigit))
            s = s[..^2] + ":" + s[^2..];
        if (!DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out instant)
            && !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
            return false;
        if (instant.Year is < 1800 or > 2200)
            return false;
        day = DateOnly.FromDateTime(instant.DateTime); // the outlet's own calendar day, before converting to UTC
        return true;
    }

    /// <summary>The instant as sortable UTC text ("2018-02-18T17:35:43Z").</summary>
    public static string Sortable(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A day as "YYYY-MM-DD", boxed for a query parameter.</summary>
    public static object FormatBoxed(DateOnly day) => Format(day);

    /// <summary>A day as "YYYY-MM-DD".</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
