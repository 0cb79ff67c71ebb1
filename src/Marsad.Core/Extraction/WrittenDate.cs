namespace Marsad.Extraction;

/// <summary>
/// A date as written in Arabic text ("21 شوال 1436 هـ", "06 اغسطس 2015 م", "6 أغسطس"): where it is, its calendar and its
/// parts. <see cref="Year"/> is 0 when the text gives no year.
/// </summary>
/// <param name="Start">UTF-16 offset of the day number.</param>
/// <param name="Length">Length up to the year (or the month when there is no year); an era marker after it is not included.</param>
/// <param name="End">Offset just past the whole expression, including an era marker (هـ, م) if one follows.</param>
public readonly record struct WrittenDate(int Start, int Length, int End, DateCalendar Calendar, int Day, int Month, int Year)
{
    /// <summary>The Gregorian date this denotes (Hijri dates converted with <see cref="ArabicDateParser.HijriToGregorian"/>), if valid.</summary>
    public DateOnly? ToGregorian() => Year <= 0
        ? null
        : Calendar == DateCalendar.Hijri
            ? ArabicDateParser.HijriToGregorian(Year, Month, Day)
            : ArabicDateParser.TryGregorian(Year, Month, Day);
}
