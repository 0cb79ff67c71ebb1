using System.Text;

namespace Marsad.Extraction.Internal;

/// <summary>Cutting a byline into slots and classifying each slot.</summary>
internal sealed partial class DatelineParser
{
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
        // the preposition before a date is not part of the place: "الرياض في 21 شوال 1436 هـ …"
        if (key.EndsWith(" في", StringComparison.Ordinal) && text.LastIndexOf(' ') is var cut and > 0)
        {
            text = TrimPunctuation(text[..cut]);
            key = TextRules.Key(text);
        }
        // connectors left between two dates, and stray era markers
        if (key is "الموافق" or "الموافق ل" or "م" or "ه" or "هـ" or "في" or "و" || key.Length == 0)
            return true;
        // a number has no place in a byline, unless it is part of a name ("فرانس 24", "فرانس24")
        if (text.Any(TextRules.IsDigit) && !_lexicon.Outlets.ContainsKey(key) && !_lexicon.Agencies.ContainsKey(key))
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
