namespace Marsad.Extraction.Internal;

internal sealed partial class DatelineParser
{
    private const int MaxPrefixLength = 90;

    /// <summary>
    /// Reads a dateline or credit at the start of a body line: "واس- جدة: أعلنت …", "يانغون-سانا أكد …",
    /// "نايف السعدي - الطائف صرح …", "دبي، الإمارات العربية المتحدة (CNN)— قال …", "هادي آل كليب- سبق- نجران: أكد …".
    /// Returns the match and the length of the prefix it covers (the separator after it included), or null.
    /// </summary>
    public (BylineMatch Match, int Length)? ParsePrefix(string line, string? source, DateOnly? reference)
    {
        if (line.Length < 4)
            return null;
        return DatedPrefix(line, source, reference) ?? ColonPrefix(line, source, reference) ?? BracketPrefix(line, source, reference) ?? DashPrefix(line, source, reference);
    }

    /// <summary>
    /// An SPA-style dateline that runs into the text: "تبوك 21 شوال 1436 هـ الموافق 06 اغسطس 2015 م واس تبدأ جامعة …" —
    /// a place, one or two written dates (joined by "الموافق"), an optional era marker and an agency.
    /// </summary>
    private (BylineMatch, int)? DatedPrefix(string line, string? source, DateOnly? reference)
    {
        var window = line.Length > 200 ? line[..200] : line;
        var dates = ArabicDateParser.FindDates(window);
        if (dates.Count == 0 || dates[0].Start > 40 || dates[0].Year == 0)
            return null;
        var end = dates[0].End;
        var used = 1;
        for (var k = 1; k < dates.Count; k++)
        {
            var gap = TextRules.Key(window[end..dates[k].Start]);
            if (gap is not ("" or "الموافق" or "الموافق ل" or "م" or "ه"))
                break;
            end = dates[k].End;
            used++;
        }
        var tokens = DateTokens.Tokenize(window, end, Math.Min(window.Length, end + 40));
        var t = 0;
        if (t < tokens.Count && TextRules.Key(window[tokens[t].Start..tokens[t].End]) is "م" or "ه")
        {
            end = tokens[t].End;
            t++;
        }
        string? agency = null;
        for (var words = Math.Min(4, tokens.Count - t); words >= 1 && agency is null; words--)
        {
            var span = window[tokens[t].Start..tokens[t + words - 1].End];
            if (_lexicon.Agencies.ContainsKey(TextRules.Key(span)))
            {
                agency = span;
                end = tokens[t + words - 1].End;
            }
        }
        var head = TextRules.Strip(window[..dates[0].Start]);
        var placeKey = TextRules.Key(head);
        if (head.Length == 0 || TextRules.CountWords(head) > 4 || (agency is null && !_lexicon.IsPlace(placeKey)))
            return null;
        if (end < line.Length && line[end] is ':' or '-' or '–')
            end++;
        var text = TextRules.Strip(line[..end]);
        var match = ParseLine(text, source, reference);
        return match is { IsDateline: true } && used > 0 ? (match, end) : null;
    }

    /// <summary>"واس- جدة:", "عين اليوم: جدة", "<name>- سبق- متابعة:".</summary>
    private (BylineMatch, int)? ColonPrefix(string line, string? source, DateOnly? reference)
    {
        var limit = Math.Min(line.Length, MaxPrefixLength);
        var colon = line.IndexOf(':', 0, limit);
        if (colon <= 0 || TextRules.CountWords(line[..colon]) > 9)
            return null;
        var head = line[..colon];
        var dates = ArabicDateParser.FindDates(head);
        var parts = SplitParts(head, dates);
        if (parts is null || parts.Count == 0)
            return null;
        // "سبق - عدن - تصوير : عبد الملك سرور:": the photographer's name after the credit word belongs to the prefix
        if (parts.Count > 1 && parts[^1].Key is "تصوير" or "عدسه" or "اعداد" && CreditNameEnd(line, colon + 1) is { } nameEnd)
            colon = nameEnd;
        if (parts.Count == 1)
        {
            var only = parts[0];
            if (only.Kind is not (BylinePartKind.Outlet or BylinePartKind.Agency or BylinePartKind.Desk) || only.Words > 4)
                return null;
            // "عين اليوم: جدة تلقى …": the place follows the colon
            var after = PlaceAt(line, colon + 1);
            if (after is { } p)
            {
                var text = line[..p.End];
                var match = new BylineMatch(true, text, p.Text, only.Kind == BylinePartKind.Agency ? only.Text : null, null, null, null);
                return (match, p.End);
            }
            if (only.Kind != BylinePartKind.Agency)
                return (new BylineMatch(false, line[..(colon + 1)], null, null, null, null, null), colon + 1);
        }
        var resolved = Resolve(line[..(colon + 1)], parts, dates, source, reference, allowLonePerson: false);
        return resolved is null ? null : (resolved, colon + 1);
    }

    /// <summary>The colon closing a short name after a credit word ("تصوير : عبد الملك سرور:"), or null.</summary>
    private static int? CreditNameEnd(string line, int start)
    {
        const int MaxNameWords = 4;
        var limit = Math.Min(line.Length, start + 40);
        var colon = line.IndexOf(':', start, limit - start);
        if (colon < 0)
            return null;
        var name = line[start..colon];
        var words = TextRules.CountWords(name);
        return words is > 0 and <= MaxNameWords && name.AsSpan().IndexOfAny(".،,؛!؟?") < 0 ? colon : null;
    }

    /// <summary>"دبي، الإمارات العربية المتحدة (CNN)—", "(CNN)--", "باريس (رويترز) -", "أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى".</summary>
    private (BylineMatch, int)? BracketPrefix(string line, string? source, DateOnly? reference)
    {
        var limit = Math.Min(line.Length, MaxPrefixLength);
        var open = line.IndexOf('(', 0, limit);
        if (open < 0)
            return null;
        var close = line.IndexOf(')', open, limit - open);
        if (close < 0 || close - open > 30)
            return null;
        var end = close + 1;
        while (end < line.Length && TextRules.IsStripSpace(line[end]))
            end++;
        var dashes = end;
        while (dashes < line.Length && line[dashes] is '-' or '–' or '—' or ':' or '\u0640' or '.')
            dashes++;
        // without a separator after the bracket the text starts right after it: "أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى …"
        var separated = dashes > end && line[end..dashes].AsSpan().IndexOfAnyExcept('.') >= 0;
        var head = separated ? line[..dashes] : line[..(close + 1)];
        var dates = ArabicDateParser.FindDates(head);
        var parts = SplitParts(head, dates);
        if (parts is null || parts.Count == 0 || parts[^1].Kind is not (BylinePartKind.Agency or BylinePartKind.Outlet))
            return null;
        var resolved = Resolve(TextRules.Strip(head), parts, dates, source, reference, allowLonePerson: false);
        // unseparated, only a known place opening the line makes it a dateline: not a bare "(CNN) قال …", nor "قالت صحيفة (الرياض) …"
        if (resolved is null || (!separated && (parts.Count < 2 || !_lexicon.IsPlace(parts[0].Key) || resolved.Place != parts[0].Text)))
            return null;
        return (resolved, head.Length);
    }

    /// <summary>"يانغون-سانا أكد …", "نايف السعدي - الطائف صرح …": the slot after the dash is an agency, outlet, desk or known place.</summary>
    private (BylineMatch, int)? DashPrefix(string line, string? source, DateOnly? reference)
    {
        var limit = Math.Min(line.Length, MaxPrefixLength);
        var dash = line.AsSpan(0, limit).IndexOfAny("-–—");
        if (dash <= 0 || TextRules.CountWords(line[..dash]) > 4)
            return null;
        var tokens = DateTokens.Tokenize(line, dash + 1, Math.Min(line.Length, dash + 80));
        for (var words = Math.Min(4, tokens.Count); words >= 1; words--)
        {
            if (!tokens.Take(words).All(t => t.IsWord))
                continue;
            var end = tokens[words - 1].End;
            if (end < line.Length && !TextRules.IsStripSpace(line[end]) && line[end] is not (':' or '،' or ','))
                continue;
            var key = TextRules.Key(line[(dash + 1)..end]);
            // a place that is also an outlet's name is still a place: "عين اليوم – الرياض أظهر …"
            var strong = (_lexicon.Agencies.TryGetValue(key, out var agency) && !agency.Ambiguous)
                || (_lexicon.Outlets.TryGetValue(key, out var outlet) && !outlet.Ambiguous)
                || _lexicon.Desks.Contains(key) || _lexicon.IsPlace(key);
            if (!strong)
                continue;
            var head = line[..end];
            var parts = SplitParts(head, []);
            if (parts is null || parts.Count != 2 || parts[0].Kind == BylinePartKind.Unknown && parts[0].Words > 2)
                continue;
            var resolved = Resolve(head, parts, [], source, reference, allowLonePerson: false);
            if (resolved is null)
                continue;
            var length = end < line.Length && line[end] is ':' or '،' or ',' ? end + 1 : end;
            return (resolved with { Text = line[..length] }, length);
        }
        return null;
    }

    private (string Text, int End)? PlaceAt(string line, int start)
    {
        var tokens = DateTokens.Tokenize(line, start, Math.Min(line.Length, start + 60));
        for (var words = Math.Min(_lexicon.MaxPlaceWords, tokens.Count); words >= 1; words--)
        {
            if (!tokens.Take(words).All(t => t.IsWord))
                continue;
            var text = line[tokens[0].Start..tokens[words - 1].End];
            if (_lexicon.IsPlace(TextRules.Key(text)))
                return (text, tokens[words - 1].End);
        }
        return null;
    }
}
