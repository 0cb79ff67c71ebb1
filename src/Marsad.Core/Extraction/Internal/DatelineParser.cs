namespace Marsad.Extraction.Internal;

/// <summary>
/// Reads datelines and bylines: "موسكو-سانا", "تبوك 21 شوال 1436 هـ الموافق 06 اغسطس 2015 م واس", "عين اليوم – لندن",
/// "أبوظبي - سكاي نيوز عربية", "«الاقتصادية» من الرياض", "محمد هجرس - الإسماعيلية". The line is cut into slots at dashes,
/// colons, commas, brackets and " من "; dates are read out first; each slot is classified as a place (gazetteer), a news
/// agency, an outlet (the publisher, which is not an agency), a desk ("متابعات"), a person or unknown. A line with a place
/// or an agency is a dateline; one with only people, outlets and desks is a credit line (boilerplate).
/// </summary>
internal sealed partial class DatelineParser
{
    private const int MaxLineLength = 140;
    private const int MaxSlotWords = 5;

    private readonly ExtractionLexicon _lexicon;

    public DatelineParser(ExtractionLexicon lexicon) => _lexicon = lexicon;

    /// <summary>
    /// Reads a whole line as a dateline or credit line. <paramref name="allowLonePerson"/> accepts a line that is only a
    /// person's name as a credit line (a columnist's name above the text).
    /// </summary>
    public BylineMatch? ParseLine(string line, string? source, DateOnly? reference, bool allowLonePerson = false)
    {
        if (line.Length is 0 or > MaxLineLength || TextRules.CountWords(line) > 18)
            return null;
        var dates = ArabicDateParser.FindDates(line);
        var parts = SplitParts(line, dates);
        if (parts is null || parts.Count == 0)
            return null;
        return Resolve(line, parts, dates, source, reference, allowLonePerson);
    }

    private BylineMatch? Resolve(string text, List<BylinePart> parts, IReadOnlyList<WrittenDate> dates, string? source,
        DateOnly? reference, bool allowLonePerson)
    {
        if (parts.Count > 4 || parts.Any(p => p.Words > MaxSlotWords))
            return null;
        parts = [.. parts.Select(p => Reclassify(p, parts, source))];
        // a line of one slot is a dateline only for a well-known place ("الرياض"); a lone "موراليس" is a caption
        if (parts.Count == 1 && parts[0].Kind == BylinePartKind.Place && !_lexicon.MajorPlaces.Contains(parts[0].Key))
            return null;
        var agency = parts.FirstOrDefault(p => p.Kind == BylinePartKind.Agency)?.Text;
        var place = parts.FirstOrDefault(p => p.Kind == BylinePartKind.Place)?.Text;
        var desk = parts.Any(p => p.Kind == BylinePartKind.Desk);
        if (place is null)
        {
            // an unknown slot beside an outlet or agency is the place ("محمد المواسي - سبق - الحد الجنوبي"); beside a
            // person only a single word with the article ("… - المجاردة"), never "تأليف: إيهاب خليفة" or "معتز التلا - ممثل سوري";
            // a desk holds the place's slot, so beside one an unknown slot is the reporter ("فلاح الجوفان- سبق - متابعات:")
            var unknown = parts.Where(p => p.Kind == BylinePartKind.Unknown).ToList();
            var named = !desk && parts.Any(p => p.Kind is BylinePartKind.Outlet or BylinePartKind.Agency);
            var person = parts.Any(p => p.Kind == BylinePartKind.Person);
            if (unknown.Count == 1 && !IsWeekday(unknown[0].Key)
                && ((named && unknown[0].Words <= 2) || (person && unknown[0].Words == 1 && unknown[0].Key.StartsWith("ال", StringComparison.Ordinal))))
                place = unknown[0].Text;
        }
        if (place is null && agency is null)
        {
            var creditOnly = parts.All(p => p.Kind is BylinePartKind.Person or BylinePartKind.Outlet or BylinePartKind.Desk
                || (desk && p.Kind == BylinePartKind.Unknown && p.Words <= 3));
            var named = parts.Any(p => p.Kind is BylinePartKind.Outlet or BylinePartKind.Desk);
            if (dates.Count == 0 && creditOnly && (named || (allowLonePerson && parts.Count == 1)))
                return new BylineMatch(false, text, null, null, null, null, null);
            return null;
        }
        if (parts.Any(p => p.Kind == BylinePartKind.Unknown && p.Text != place && p.Words > 4))
            return null;
        var (date, hijri, hijriGregorian) = ReadDates(text, dates, reference);
        return new BylineMatch(true, text, place, agency, date, hijri, hijriGregorian);
    }

    private static (string? Date, string? Hijri, string? HijriGregorian) ReadDates(string text, IReadOnlyList<WrittenDate> dates, DateOnly? reference)
    {
        string? date = null, hijri = null, converted = null;
        foreach (var d in dates)
        {
            if (d.Calendar == DateCalendar.Hijri && hijri is null)
            {
                hijri = string.Join(' ', text.Substring(d.Start, d.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                converted = d.ToGregorian() is { } g ? ArabicDateParser.Iso(g) : null;
            }
            else if (d.Calendar == DateCalendar.Gregorian && date is null)
            {
                var g = d.Year > 0 ? d.ToGregorian() : InferYear(d, reference);
                date = g is { } value ? ArabicDateParser.Iso(value) : null;
            }
        }
        return (date, hijri, converted);
    }

    /// <summary>A date written without a year ("روما 6 أغسطس") takes the year of the publication date, or the year before when that would put it after publication.</summary>
    private static DateOnly? InferYear(WrittenDate d, DateOnly? reference)
    {
        if (reference is not { } r)
            return null;
        var candidate = ArabicDateParser.TryGregorian(r.Year, d.Month, d.Day);
        if (candidate is { } c && c > r.AddDays(7))
            candidate = ArabicDateParser.TryGregorian(r.Year - 1, d.Month, d.Day);
        return candidate;
    }

    private BylinePart Reclassify(BylinePart part, List<BylinePart> parts, string? source)
    {
        if (part.Kind != BylinePartKind.Outlet || !_lexicon.Outlets.TryGetValue(part.Key, out var entry) || !entry.Ambiguous || part.Quoted)
            return part;
        // "الرياض - واس": an outlet name that is also a place is the place unless quoted or beside another place
        var otherPlace = parts.Any(p => p != part && p.Kind == BylinePartKind.Place);
        if (!otherPlace && _lexicon.IsPlace(part.Key))
            return part with { Kind = BylinePartKind.Place };
        return _lexicon.IsOwnOutlet(part.Key, source) || otherPlace || !_lexicon.IsPlace(part.Key) ? part : part with { Kind = BylinePartKind.Place };
    }
}
