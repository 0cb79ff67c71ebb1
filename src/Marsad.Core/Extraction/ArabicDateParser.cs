using System.Globalization;
using Marsad.Extraction.Internal;

namespace Marsad.Extraction;

/// <summary>
/// Finds and reads dates written in Arabic: a day number, a month name and optionally a year and an era marker.
/// Month names come from Resources/extraction/months.tsv and cover the transliterated Gregorian series (يناير، فبراير …
/// ديسمبر), the Syriac series of the Levant and Iraq (كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب، أيلول،
/// تشرين الأول، تشرين الثاني، كانون الأول), the Maghreb series (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت …) and the
/// Hijri months (محرم … ذو الحجة). Spellings are compared after matching normalization (اغسطس = أغسطس, ذي القعدة = ذو القعدة);
/// Arabic-Indic digits are read as digits, and a day glued to the word before it ("بريدة25 شوال") is still found.
/// </summary>
/// <remarks>
/// Hijri dates are converted with <see cref="UmAlQuraCalendar"/>, the calendar of Saudi Arabia's civil and official
/// dates — the Saudi Press Agency's "21 شوال 1436 هـ الموافق 06 اغسطس 2015 م" is an Umm al-Qura equivalence, and most
/// Hijri dates in Arabic news come from Saudi sources. <see cref="HijriCalendar"/> is purely arithmetic (tabular) and can
/// be a day or two away from Umm al-Qura month starts, so it is used only outside Umm al-Qura's range (1318–1500 AH).
/// </remarks>
public static partial class ArabicDateParser
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    /// <summary>Every date expression in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<WrittenDate> FindDates(string text)
    {
        var found = new List<WrittenDate>();
        if (string.IsNullOrEmpty(text))
            return found;
        var tokens = DateTokens.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryReadAt(text, tokens, i, out var date, out var next))
            {
                found.Add(date);
                i = next - 1;
            }
        }
        return found;
    }

    /// <summary>Looks up a month name (one or two words) in either calendar.</summary>
    public static bool TryGetMonth(string name, out DateCalendar calendar, out int month)
    {
        if (MonthTable.Names.TryGetValue(TextRules.Key(name), out var m))
        {
            (calendar, month) = m;
            return true;
        }
        (calendar, month) = (DateCalendar.Gregorian, 0);
        return false;
    }

    /// <summary>
    /// The Gregorian date of a Hijri date, by the Umm al-Qura calendar (tabular Hijri outside its 1318–1500 AH range);
    /// null when the date does not exist.
    /// </summary>
    public static DateOnly? HijriToGregorian(int year, int month, int day)
    {
        Calendar calendar = year is >= 1318 and <= 1500 ? UmAlQura : Tabular;
        if (year is < 1 or > 9666 || month is < 1 or > 12 || day < 1 || day > calendar.GetDaysInMonth(year, month))
            return null;
        try
        {
            return DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>A valid Gregorian date, or null.</summary>
    public static DateOnly? TryGregorian(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static bool TryReadAt(string text, List<DateTokens.Token> tokens, int i, out WrittenDate date, out int next)
    {
        date = default;
        next = i + 1;
        var dayToken = tokens[i];
        if (!dayToken.IsNumber || dayToken.Length > 2)
            return false;
        var day = TextRules.ParseDigits(text.AsSpan(dayToken.Start, dayToken.Length));
        if (day is < 1 or > 31 || i + 1 >= tokens.Count)
            return false;
        // month names are one or two words ("شوال", "ذو القعدة", "تشرين الأول"); prefer the longer reading
        var monthEnd = -1;
        (DateCalendar Calendar, int Month) month = default;
        for (var words = 2; words >= 1 && monthEnd < 0; words--)
        {
            if (i + words >= tokens.Count || !AllWords(tokens, i + 1, words))
                continue;
            var first = tokens[i + 1];
            var last = tokens[i + words];
            if (MonthTable.Names.TryGetValue(TextRules.Key(text[first.Start..last.End]), out month))
                monthEnd = i + words;
        }
        if (monthEnd < 0)
            return false;
        var year = 0;
        var k = monthEnd + 1;
        var lengthEnd = tokens[monthEnd].End;
        if (k < tokens.Count && tokens[k].IsNumber && tokens[k].Length is 4 or 3)
        {
            year = TextRules.ParseDigits(text.AsSpan(tokens[k].Start, tokens[k].Length));
            lengthEnd = tokens[k].End;
            k++;
        }
        var end = lengthEnd;
        if (year > 0 && k < tokens.Count && IsEraMarker(text, tokens[k], month.Calendar))
        {
            end = tokens[k].End;
            k++;
            if (k < tokens.Count && tokens[k].Length == 1 && text[tokens[k].Start] == '.')
            {
                end = tokens[k].End;
                k++;
            }
        }
        date = new WrittenDate(dayToken.Start, lengthEnd - dayToken.Start, end, month.Calendar, day, month.Month, year);
        next = k;
        return true;
    }

    private static bool AllWords(List<DateTokens.Token> tokens, int from, int count)
    {
        for (var j = from; j < from + count; j++)
        {
            if (!tokens[j].IsWord)
                return false;
        }
        return true;
    }

    private static bool IsEraMarker(string text, DateTokens.Token token, DateCalendar calendar)
    {
        if (!token.IsWord)
            return false;
        var word = text.AsSpan(token.Start, token.Length).TrimEnd('\u0640');
        return calendar == DateCalendar.Hijri
            ? word is "هـ" or "ه" or "هجري" or "هجرية" or "ھ"
            : word is "م" or "ميلادي" or "ميلادية";
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
