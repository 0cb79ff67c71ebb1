using System.Globalization;

namespace Marsad.Web.Rendering;

/// <summary>Arabic labels for the codes the store keeps (topics, entity types, event types) and dates as Arabic readers write them.</summary>
internal static class Labels
{
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static string Topic(string? label) => label switch
    {
        "politics" => "سياسة",
        "economy" => "اقتصاد",
        "sports" => "رياضة",
        "culture" => "ثقافة",
        "technology" => "تقنية",
        "society" => "مجتمع",
        "health" => "صحة",
        "security" => "أمن",
        null or "" => "بلا تصنيف",
        _ => label,
    };

    public static string EntityType(string? type) => type switch
    {
        "PER" => "شخص",
        "LOC" => "مكان",
        "ORG" => "منظمة",
        "MISC" => "أخرى",
        _ => type ?? "",
    };

    public static string EntityTypePlural(string? type) => type switch
    {
        "PER" => "أشخاص",
        "LOC" => "أماكن",
        "ORG" => "منظمات",
        "MISC" => "أخرى",
        _ => type ?? "",
    };

    public static string EventType(string? type) => type switch
    {
        "meeting" => "لقاء",
        "visit" => "زيارة",
        "agreement" => "اتفاق",
        "statement" => "تصريح",
        "call" or "demand" => "دعوة",
        "attack" => "هجوم",
        "casualties" => "ضحايا",
        "election" => "انتخابات",
        "sanctions" or "sanction" => "عقوبات",
        "protest" => "احتجاج",
        "arrest" => "اعتقال",
        _ => type ?? "",
    };

    /// <summary>"2015-11-21" → "21 نوفمبر 2015"; anything unparsable is returned as given.</summary>
    public static string Day(string? day) =>
        TryDay(day, out var d) ? string.Create(CultureInfo.InvariantCulture, $"{d.Day} {Months[d.Month - 1]} {d.Year}") : day ?? "";

    /// <summary>"2015-11-21" → "21 نوفمبر".</summary>
    public static string ShortDay(string? day) =>
        TryDay(day, out var d) ? string.Create(CultureInfo.InvariantCulture, $"{d.Day} {Months[d.Month - 1]}") : day ?? "";

    /// <summary>A publication time as stored (ISO-8601 or a day): its day, and the time when there is one.</summary>
    public static string Published(string? published)
    {
        if (string.IsNullOrEmpty(published))
            return "";
        var day = published.Length >= 10 ? Day(published[..10]) : published;
        if (published.Length >= 16 && published[10] == 'T')
            return day + "، " + published[11..16];
        return day;
    }

    public static bool TryDay(string? text, out DateOnly day)
    {
        day = default;
        return text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
