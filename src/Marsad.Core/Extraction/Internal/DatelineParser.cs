using System.Text;

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
        if (place is null)
        {
            // an unknown slot beside an outlet, agency or desk is the place ("محمد المواسي - سبق - الحد الجنوبي"); beside a
            // person only a single word with the article ("… - المجاردة"), never "تأليف: إيهاب خليفة" or "معتز التلا - ممثل سوري"
            var unknown = parts.Where(p => p.Kind == BylinePartKind.Unknown).ToList();
            var named = parts.Any(p => p.Kind is BylinePartKind.Outlet or BylinePartKind.Agency or BylinePartKind.Desk);
            var person = parts.Any(p => p.Kind == BylinePartKind.Person);
            if (unknown.Count == 1 && !IsWeekday(unknown[0].Key)
                && ((named && unknown[0].Words <= 2) || (person && unknown[0].Words == 1 && unknown[0].Key.StartsWith("ال", StringComparison.Ordinal))))
                place = unknown[0].Text;
        }
        if (place is null && agency is null)
        {
            var creditOnly = parts.All(p => p.Kind is BylinePartKind.Person or BylinePartKind.Outlet or BylinePartKind.Desk);
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

    /// <summary>Cuts a byline into slots; null when a slot holds something that cannot be in a byline (a number, a long phrase).</summary>
    private List<BylinePart>? SplitParts(string text, IReadOnlyList<WrittenDate> dates)
    {
        var masked = new StringBuilder(text);
        foreach (var d in dates)
        {
            for (var i = d.Start; i < d.End; i++)
                masked[i] = '|';
        }
        var parts = new List<BylinePart>();
        var current = new StringBuilder();
        var quoted = false;
        var s = masked.ToString();
        for (var i = 0; i <= s.Length; i++)
        {
            var c = i < s.Length ? s[i] : '|';
            var boundary = i == s.Length || IsSeparator(s, i) || (c == ' ' && IsMinWord(s, i) && PlaceFollows(s, i + 4));
            if (c is '«' or '"' or '“' or '(' or '[')
                quoted = true;
            if (!boundary)
            {
                current.Append(c);
                continue;
            }
            if (!AddPart(parts, current.ToString(), quoted))
                return null;
            current.Clear();
            quoted = false;
            if (c == ' ' && i < s.Length && IsMinWord(s, i))
                i += 3; // skip " من"
        }
        return parts;
    }

    private static bool IsSeparator(string s, int i)
    {
        var c = s[i];
        if (c is '-' or '–' or '—' or '_' or '|' or ':' or '،' or ',' or '؛' or '/' or '(' or ')' or '[' or ']' or '\n')
            return true;
        // tatweel standing alone is a dash ("باريس ــ الفرنسية"); inside a word it only stretches it
        return c == '\u0640' && ((i > 0 && TextRules.IsStripSpace(s[i - 1])) || (i + 1 < s.Length && (TextRules.IsStripSpace(s[i + 1]) || s[i + 1] == '\u0640')));
    }

    /// <summary>" من " separates slots only before a place: "«الاقتصادية» من الرياض", "خالد دغريري من جدة" — not "لقطات من حراج".</summary>
    private bool PlaceFollows(string s, int start)
    {
        if (start >= s.Length)
            return false;
        var end = s.IndexOfAny(['-', '–', '—', ':', '،', ',', '|', '(', ')'], start);
        return _lexicon.IsPlace(TextRules.Key(s[start..(end < 0 ? s.Length : end)]));
    }

    private static bool IsMinWord(string s, int i) =>
        i + 4 <= s.Length && s[i] == ' ' && s[i + 1] == 'م' && s[i + 2] == 'ن' && (i + 3 == s.Length || s[i + 3] == ' ');

    private bool AddPart(List<BylinePart> parts, string raw, bool quoted)
    {
        var text = TrimPunctuation(raw);
        if (text.Length == 0)
            return true;
        var key = TextRules.Key(text);
        // connectors left between two dates, and stray era markers
        if (key is "الموافق" or "الموافق ل" or "م" or "ه" or "هـ" or "في" or "و" || key.Length == 0)
            return true;
        if (text.Any(TextRules.IsDigit))
            return false;
        var words = TextRules.CountWords(text);
        parts.Add(new BylinePart(text, key, Classify(key, words), words, quoted || raw.Contains('«', StringComparison.Ordinal) || raw.Contains('"', StringComparison.Ordinal)));
        return true;
    }

    private BylinePartKind Classify(string key, int words)
    {
        if (_lexicon.Agencies.ContainsKey(key))
            return BylinePartKind.Agency;
        if (_lexicon.Outlets.ContainsKey(key))
            return BylinePartKind.Outlet;
        if (_lexicon.Desks.Contains(key) || _lexicon.Desks.Contains(key.Split(' ')[0]) && words <= 3)
            return BylinePartKind.Desk;
        if (_lexicon.IsPlace(key))
            return BylinePartKind.Place;
        var tokens = key.Split(' ');
        if (words is >= 2 and <= MaxSlotWords && LooksLikeName(key) && tokens.Any(IsNameWord))
            return BylinePartKind.Person;
        return BylinePartKind.Unknown;
    }

    private static bool IsWeekday(string key) => key is "السبت" or "الاحد" or "الاثنين" or "الثلاثاء" or "الاربعاء" or "الخميس" or "الجمعه" or "اليوم" or "امس";

    /// <summary>A word that only names people: a common given name, عبد… compounds, ابو, ال (آل) family prefix.</summary>
    private bool IsNameWord(string word) =>
        _lexicon.GivenNames.Contains(word) || (word.StartsWith("عبد", StringComparison.Ordinal) && word.Length > 4) || word is "ابو" or "ال" or "بن" or "بنت" or "ابن" or "د" or "م";

    /// <summary>Two to four words, none of them a function word: a name rather than a phrase.</summary>
    private static bool LooksLikeName(string key)
    {
        var words = key.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            // "على" folds to "علي": a preposition unless it opens the name ("علي أحمد المطوع")
            if (w == "علي" && i > 0 && words[i - 1] is not ("بن" or "ابن" or "ابو" or "بنت"))
                return false;
            if ((w.Length < 3 && w is not ("د" or "م" or "ال" or "بن")) || w is "في" or "من" or "الي" or "عن" or "مع" or "ان" or "الذي" or "التي" or "هذا" or "هذه" or "بين" or "كما" or "لكن" or "ولا" or "كان" or "كيف" or "ليس" or "حين" or "عند" or "منذ" or "قال" or "حتي" or "ثم" or "لقد" or "قد")
                return false;
        }
        return true;
    }

    private static string TrimPunctuation(string raw)
    {
        var start = 0;
        var end = raw.Length;
        while (start < end && (TextRules.IsStripSpace(raw[start]) || TextRules.IsFormatMark(raw[start]) || IsEdgePunctuation(raw[start])))
            start++;
        while (end > start && (TextRules.IsStripSpace(raw[end - 1]) || TextRules.IsFormatMark(raw[end - 1]) || IsEdgePunctuation(raw[end - 1])))
            end--;
        return raw[start..end];
    }

    private static bool IsEdgePunctuation(char c) => c is '«' or '»' or '"' or '“' or '”' or '\'' or '.' or '*' or '\u0640' or '|';
}
