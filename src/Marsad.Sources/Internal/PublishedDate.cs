using System.Globalization;
using System.Text.RegularExpressions;

namespace Marsad.Sources.Internal;

/// <summary>
/// Normalises a publication time as containers write it — ISO 8601 with or without offset, RFC 822 (RSS), Arabic
/// ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", Arabic-Indic digits too), day-first numeric dates — to ISO 8601
/// ("2020-10-07T12:09:00" or "2020-06-03T03:01:00+04:00", or "2020-06-03" when no time is given). The local time and
/// offset are kept as written: converting to UTC would move an evening article to the next day.
/// </summary>
internal static partial class PublishedDate
{
    private static readonly Lazy<(string Name, int Month)[]> ArabicMonths = new(() =>
        [.. SourcesData.ReadLines("month-names.tsv").Select(l => l.Split('\t')).Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture)))
            .OrderByDescending(p => p.Item1.Length)]);

    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The ISO form of <paramref name="value"/>, or null when it is not a date we can read with confidence.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var s = WesternDigits(value.Trim());
        return FromIso(s) ?? FromRfc822(s) ?? FromArabic(s) ?? FromDayFirst(s);
    }

    private static string? FromIso(string s)
    {
        var m = Iso().Match(s);
        if (!m.Success)
            return null;
        var date = Date(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        if (date is null || !m.Groups["H"].Success)
            return date;
        return Time(date, m.Groups["H"].Value, m.Groups["M"].Value, m.Groups["S"].Value, Offset(m.Groups["z"].Value));
    }

    private static string? FromRfc822(string s)
    {
        var m = Rfc822().Match(s);
        if (!m.Success)
            return null;
        var month = Array.IndexOf(EnglishMonths, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        var date = Date(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value);
        if (date is null || !m.Groups["H"].Success)
            return date;
        return Time(date, m.Groups["H"].Value, m.Groups["M"].Value, m.Groups["S"].Value, Offset(m.Groups["z"].Value));
    }

    private static string? FromArabic(string s)
    {
        foreach (var (name, month) in ArabicMonths.Value)
        {
            var at = s.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
                continue;
            var before = DayBefore().Match(s[..at]);
            var after = YearAfter().Match(s[(at + name.Length)..]);
            if (!before.Success || !after.Success)
                continue;
            var date = Date(after.Groups[1].Value, month.ToString(CultureInfo.InvariantCulture), before.Groups[1].Value);
            if (date is null)
                return null;
            var time = ArabicTime().Match(s[(at + name.Length + after.Length)..]);
            if (!time.Success)
                return date;
            var hour = int.Parse(time.Groups["H"].Value, CultureInfo.InvariantCulture);
            // م (masa'an, p.m.) / ص (sabahan, a.m.)
            if (time.Groups["p"].Value is "م" or "مساء" && hour < 12)
                hour += 12;
            if (time.Groups["p"].Value is "ص" or "صباحا" && hour == 12)
                hour = 0;
            return Time(date, hour.ToString("00", CultureInfo.InvariantCulture), time.Groups["M"].Value, "", "");
        }
        return null;
    }

    private static string? FromDayFirst(string s)
    {
        var m = DayFirst().Match(s);
        return m.Success ? Date(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    private static string? Date(string y, string m, string d)
    {
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out var year) || !int.TryParse(m, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(d, CultureInfo.InvariantCulture, out var day))
            return null;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return $"{year:0000}-{month:00}-{day:00}";
    }

    private static string? Time(string date, string h, string m, string s, string offset)
    {
        var hour = int.Parse(h, CultureInfo.InvariantCulture);
        var minute = int.Parse(m, CultureInfo.InvariantCulture);
        var second = s.Length > 0 ? int.Parse(s, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 60)
            return date;
        return $"{date}T{hour:00}:{minute:00}:{Math.Min(second, 59):00}{offset}";
    }

    private static string Offset(string z)
    {
        if (z.Length == 0)
            return "";
        if (z is "Z" or "z" or "GMT" or "UT" or "UTC")
            return "+00:00";
        var digits = z.Replace(":", "", StringComparison.Ordinal);
        return digits.Length == 5 ? $"{digits[..3]}:{digits[3..]}" : "";
    }

    private static string WesternDigits(string s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            buffer[i] = c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660'))
                : c is >= '\u06F0' and <= '\u06F9' ? (char)('0' + (c - '\u06F0')) : c;
        }
        return new string(buffer);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ]+(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2})(?:[.,]\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<d>\d{1,2})[ -](?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ -](?<y>\d{4})(?:\s+(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2}))?\s*(?<z>GMT|UTC|UT|Z|[+-]\d{4})?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayBefore();

    [GeneratedRegex(@"^\s*[,،]?\s*(\d{4})(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"^\s*[-–,،|]?\s*(?:الساعة\s*)?(?<H>\d{1,2}):(?<M>\d{2})(?::\d{2})?\s*(?<p>مساء|صباحا|م|ص)?(?!\p{L})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ArabicTime();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayFirst();
}
