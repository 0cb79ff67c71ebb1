using System.Globalization;
using System.Text.RegularExpressions;

namespace Marsad.Extraction.Internal;

/// <summary>
/// Normalizes a container's publication time to ISO 8601: "2015-08-06 03:02:11" → "2015-08-06T03:02:11",
/// "Sun, 01 Apr 2018 12:02:37 +0400" → "2018-04-01T12:02:37+04:00", "2015-08-06" stays. Unreadable values give null
/// (INTERFACES.md promises ISO or null).
/// </summary>
internal static partial class PublishedDate
{
    public static (string? Text, DateOnly? Date) Normalize(string? published)
    {
        if (string.IsNullOrWhiteSpace(published) || published.Length > 64)
            return (null, null);
        var text = published.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (text, day);
        // the common case (SaudiNewsNet date_extracted, ISO without a zone) without the general parser
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            return (exact.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), DateOnly.FromDateTime(exact));
        var zoned = Zone().IsMatch(text);
        if (zoned && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var offset))
        {
            var iso = offset.Offset == TimeSpan.Zero && text.EndsWith('Z')
                ? offset.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : offset.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            return (iso, DateOnly.FromDateTime(offset.DateTime));
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            return (local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), DateOnly.FromDateTime(local));
        return (null, null);
    }

    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm"];

    [GeneratedRegex(@"(?:[+-]\d{2}:?\d{2}|Z|GMT|UTC|UT)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Zone();
}
