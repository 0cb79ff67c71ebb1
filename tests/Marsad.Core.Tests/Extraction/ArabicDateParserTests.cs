using Marsad.Extraction;
using Xunit;

namespace Marsad.Tests.Extraction;

/// <summary>Month names of every series, written dates, and Hijri conversion by Umm al-Qura.</summary>
public sealed class ArabicDateParserTests
{
    public static TheoryData<string, DateCalendar, int> Months => new()
    {
        // transliterated series
        { "يناير", DateCalendar.Gregorian, 1 }, { "فبراير", DateCalendar.Gregorian, 2 }, { "أغسطس", DateCalendar.Gregorian, 8 },
        { "اغسطس", DateCalendar.Gregorian, 8 }, { "ديسمبر", DateCalendar.Gregorian, 12 },
        // Syriac (Levant, Iraq)
        { "كانون الثاني", DateCalendar.Gregorian, 1 }, { "شباط", DateCalendar.Gregorian, 2 }, { "آذار", DateCalendar.Gregorian, 3 },
        { "نيسان", DateCalendar.Gregorian, 4 }, { "أيار", DateCalendar.Gregorian, 5 }, { "حزيران", DateCalendar.Gregorian, 6 },
        { "تموز", DateCalendar.Gregorian, 7 }, { "آب", DateCalendar.Gregorian, 8 }, { "أيلول", DateCalendar.Gregorian, 9 },
        { "تشرين الأول", DateCalendar.Gregorian, 10 }, { "تشرين الثاني", DateCalendar.Gregorian, 11 }, { "كانون الأول", DateCalendar.Gregorian, 12 },
        // Maghreb
        { "جانفي", DateCalendar.Gregorian, 1 }, { "فيفري", DateCalendar.Gregorian, 2 }, { "أفريل", DateCalendar.Gregorian, 4 },
        { "ماي", DateCalendar.Gregorian, 5 }, { "جوان", DateCalendar.Gregorian, 6 }, { "جويلية", DateCalendar.Gregorian, 7 }, { "أوت", DateCalendar.Gregorian, 8 },
        // Hijri
        { "محرم", DateCalendar.Hijri, 1 }, { "ربيع الأول", DateCalendar.Hijri, 3 }, { "ربيع الآخر", DateCalendar.Hijri, 4 },
        { "جمادى الأولى", DateCalendar.Hijri, 5 }, { "رمضان", DateCalendar.Hijri, 9 }, { "شوال", DateCalendar.Hijri, 10 },
        { "ذو القعدة", DateCalendar.Hijri, 11 }, { "ذي القعدة", DateCalendar.Hijri, 11 }, { "ذو الحجة", DateCalendar.Hijri, 12 },
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void MonthName_IsKnown(string name, DateCalendar calendar, int month)
    {
        Assert.True(ArabicDateParser.TryGetMonth(name, out var c, out var m));
        Assert.Equal((calendar, month), (c, m));
    }

    [Fact]
    public void SpaDateline_HasBothDates()
    {
        var dates = ArabicDateParser.FindDates("تبوك 21 شوال 1436 هـ الموافق 06 اغسطس 2015 م واس");
        Assert.Equal(2, dates.Count);
        Assert.Equal((DateCalendar.Hijri, 21, 10, 1436), (dates[0].Calendar, dates[0].Day, dates[0].Month, dates[0].Year));
        Assert.Equal(new DateOnly(2015, 8, 6), dates[1].ToGregorian());
    }

    [Fact]
    public void DayGluedToPlace_IsFound()
    {
        const string text = "بريدة25 شوال 1436 هـ";
        var date = Assert.Single(ArabicDateParser.FindDates(text));
        Assert.Equal("25 شوال 1436", text.Substring(date.Start, date.Length));
    }

    [Fact]
    public void ArabicIndicDigits_AreRead() =>
        Assert.Equal(new DateOnly(2015, 8, 9), Assert.Single(ArabicDateParser.FindDates("يوم ٩ آب ٢٠١٥ وصل الوفد")).ToGregorian());

    [Fact]
    public void SyriacMonthOfTwoWords_IsRead() =>
        Assert.Equal(new DateOnly(2014, 11, 3), Assert.Single(ArabicDateParser.FindDates("في 3 تشرين الثاني 2014")).ToGregorian());

    [Fact]
    public void DateWithoutYear_HasNoGregorianValue()
    {
        var date = Assert.Single(ArabicDateParser.FindDates("عين اليوم – روما 6 أغسطس"));
        Assert.Equal(0, date.Year);
        Assert.Null(date.ToGregorian());
    }

    [Fact]
    public void ImpossibleDate_HasNoGregorianValue() =>
        Assert.Null(Assert.Single(ArabicDateParser.FindDates("31 فبراير 2015")).ToGregorian());

    [Fact]
    public void NumberWithoutMonth_IsNotADate() => Assert.Empty(ArabicDateParser.FindDates("قتل 12 شخصا في 2015"));

    [Theory]
    [InlineData(1436, 10, 21, "2015-08-06")] // SPA: "21 شوال 1436 هـ الموافق 06 اغسطس 2015 م"
    [InlineData(1436, 10, 25, "2015-08-10")] // "25 شوال 1436 هـ الموافق 10 اغسطس 2015 م"
    [InlineData(1436, 9, 1, "2015-06-18")]   // 1 Ramadan 1436 by Umm al-Qura
    public void Hijri_ConvertsByUmmAlQura(int year, int month, int day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ArabicDateParser.HijriToGregorian(year, month, day));

    [Fact]
    public void HijriOutsideUmmAlQura_UsesTabularCalendar() => Assert.NotNull(ArabicDateParser.HijriToGregorian(1200, 1, 1));

    [Fact]
    public void ImpossibleHijri_IsNull() => Assert.Null(ArabicDateParser.HijriToGregorian(1436, 13, 1));
}
