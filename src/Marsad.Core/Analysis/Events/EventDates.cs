using System.Globalization;
using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

/// <summary>
/// Reads the date of an event from its sentence: an explicit date ("15 تموز/يوليو 2016", "يوم 14 يوليو") — the year
/// from the text, else from the reference date — or a relative word resolved against the reference date (the dateline
/// date, else the published date): اليوم، أمس، أول أمس، غداً، and a weekday name (the last such day on or before it).
/// Without a reference date a relative word gives no date: nothing is invented.
/// </summary>
internal sealed class EventDates
{
    private readonly QuoteDocument _doc;
    private readonly EventLexicon _lex;
    private readonly DateOnly? _reference;

    public EventDates(QuoteDocument doc, EventLexicon lexicon, DateOnly? reference)
    {
        _doc = doc;
        _lex = lexicon;
        _reference = reference;
    }

    /// <summary>The reference date of an article: its dateline date, else its published date.</summary>
    public static DateOnly? ReferenceOf(Article article)
    {
        foreach (var value in new[] { article.Dateline.Date, article.Published })
        {
            if (value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
        }
        return null;
    }

    /// <summary>The date stated in tokens [first, end), ISO "YYYY-MM-DD", or null.</summary>
    public string? In(int first, int end)
    {
        DateOnly? relative = null;
        for (var k = first; k < end; k++)
        {
            ref readonly var t = ref _doc.Tokens[k];
            if (t.Type == QTokenType.Number && Explicit(k, end) is { } date)
                return Iso(date);
            if (t.IsWord && relative is null && _reference is { } r)
                relative = Relative(k, end, r);
        }
        return relative is { } d ? Iso(d) : null;
    }

    private DateOnly? Explicit(int k, int end)
    {
        if (!int.TryParse(_doc.Key(k), NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31)
            return null;
        var j = k + 1;
        var month = MonthAt(ref j, end);
        if (month == 0)
            return null;
        // "تموز/يوليو": a second name of the same month
        if (j < end && _doc.Tokens[j].Is('/'))
            j++;
        var skip = j;
        if (MonthAt(ref skip, end) == month)
            j = skip;
        int? year = null;
        for (var y = j; y < end && y <= j + 2; y++)
        {
            if (_doc.Tokens[y].Type == QTokenType.Number && int.TryParse(_doc.Key(y), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is > 1900 and < 2200)
            {
                year = v;
                break;
            }
        }
        if (year is null && _reference is { } r)
        {
            year = r.Year;
            // a month later than the reference with no year is last year's ("في 28 ديسمبر" read in January)
            if (month > r.Month + 1)
                year--;
        }
        if (year is null || day > DateTime.DaysInMonth(year.Value, month))
            return null;
        return new DateOnly(year.Value, month, day);
    }

    private int MonthAt(ref int j, int end)
    {
        if (j >= end || !_doc.Tokens[j].IsWord)
            return 0;
        foreach (var (words, m) in _lex.TwoWordMonths)
        {
            if (j + 1 < end && _doc.Key(j) == words[0] && _doc.Key(j + 1) == words[1])
            {
                j += 2;
                return m;
            }
        }
        if (_lex.SingleMonths.TryGetValue(_doc.Key(j), out var month))
        {
            j++;
            return month;
        }
        return 0;
    }

    private DateOnly? Relative(int k, int end, DateOnly r)
    {
        var key = QuoteLexicon.StripConjunction(_doc.Key(k));
        var previous = k > 0 && _doc.Tokens[k - 1].IsWord ? _doc.Key(k - 1) : "";
        var next = k + 1 < end && _doc.Tokens[k + 1].IsWord ? _doc.Key(k + 1) : "";
        switch (key)
        {
            case "اليوم" when previous is not ("عين" or "روسيا" or "صحيفه" or "جريده") && next is not ("السابع" or "الوطني" or "العالمي"):
                return r;
            case "امس" when next is "الاول":
                return r.AddDays(-2);
            case "امس" when previous is "اول" or "من":
                return r.AddDays(-2);
            case "امس":
                return r.AddDays(-1);
            case "غدا":
                return r.AddDays(1);
        }
        var weekday = Weekday(key);
        if (weekday is null || previous is "خطبه" or "صلاه" or "صلوات")
            return null;
        var shift = ((int)r.DayOfWeek - (int)weekday.Value + 7) % 7;
        return next is "المقبل" or "القادم" ? r.AddDays(7 - shift == 0 ? 7 : 7 - shift) : r.AddDays(-shift);
    }

    private static DayOfWeek? Weekday(string key) => key switch
    {
        "الاحد" => DayOfWeek.Sunday,
        "الاثنين" => DayOfWeek.Monday,
        "الثلاثاء" => DayOfWeek.Tuesday,
        "الاربعاء" => DayOfWeek.Wednesday,
        "الخميس" => DayOfWeek.Thursday,
        "الجمعه" => DayOfWeek.Friday,
        "السبت" => DayOfWeek.Saturday,
        _ => null,
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
