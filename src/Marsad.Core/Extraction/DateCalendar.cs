namespace Marsad.Extraction;

/// <summary>The calendar a written date is in.</summary>
public enum DateCalendar
{
    /// <summary>Gregorian: يناير…ديسمبر, كانون الثاني…كانون الأول, جانفي…ديسمبر.</summary>
    Gregorian,

    /// <summary>Islamic (Hijri): محرم…ذو الحجة.</summary>
    Hijri,
}
