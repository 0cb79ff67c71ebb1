using Marsad.Text;

namespace Marsad.Extraction.Internal;

/// <summary>
/// Recognizes boilerplate lines by their form: promotions and their links, bare URLs, share prompts, read-more residue,
/// end marks, time stamps, tag lists, separators, contact footers, copyright and credit lines. Patterns are written
/// over matching-normalized text (hamza, ى and ة folded, tatweel removed), so "أنقر هنــا" and "انقر هنا" meet.
/// They are generic forms studied from many outlets, not any outlet's verbatim text.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>Lines longer than this are body text: boilerplate is short, and the regexes stay cheap on huge lines.</summary>
    private const int MaxBoilerplateLength = 400;

    public static LineKind Classify(string line)
    {
        // a line is classified by what it shows: bidi marks before the text ("\u200F\u202C سمات …") do not hide a tag list
        var visible = 0;
        while (visible < line.Length && (TextRules.IsFormatMark(line[visible]) || TextRules.IsStripSpace(line[visible])))
            visible++;
        if (visible > 0)
            return visible == line.Length ? LineKind.Separator : Classify(line[visible..]);
        if (line.Length > MaxBoilerplateLength)
            return StartsArticleLinks(line) ? LineKind.ArticleLinks : LineKind.Text;
        // cheap tests on the line's shape decide which patterns can apply at all (most body lines need none)
        var words = TextRules.CountWords(line);
        var letters = line.AsSpan().IndexOfAnyInRange('\u0621', '\u064A') >= 0;
        var first = line[0];
        // tatweel is a letter to .NET, but a row of it is a rule across the page (BBC Arabic: "ـــــــــــ")
        if (!line.Any(c => char.IsLetterOrDigit(c) && c != '\u0640') || (!letters && SeparatorLine().IsMatch(line)))
            return LineKind.Separator;
        if (first is 'h' or 'H' or 'w' or 'W' or '(' or '[' or '<' or '«' || (!letters && line.Contains('.', StringComparison.Ordinal)))
        {
            if (UrlLine().IsMatch(line))
                return LineKind.Url;
        }
        if (TextRules.IsDigit(first) && words <= 5)
        {
            if (TimestampLine().IsMatch(line))
                return LineKind.Timestamp;
            if (SerialLine().IsMatch(line))
                return LineKind.Serial;
        }
        if (first is 'N' or 'P' or 'n' or 'p' && SliderLine().IsMatch(line))
            return LineKind.Slider;
        if (words <= 12 && line.Contains('@', StringComparison.Ordinal) && EmailLike().IsMatch(line))
            return LineKind.Contact;
        if (words <= 3 && Handle().IsMatch(line))
            return LineKind.Contact;
        if (words > 45)
            return StartsArticleLinks(line) ? LineKind.ArticleLinks : LineKind.Text;
        var norm = ArabicNormalizer.NormalizeMatching(line);
        if (line.Length <= 30 && EndMarkLine().IsMatch(norm))
            return LineKind.EndMark;
        if ((words <= 25 && Contact().IsMatch(norm)) || (line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && Operators().IsMatch(norm)))
            return LineKind.Contact;
        if (Promo().IsMatch(norm))
            return LineKind.Promo;
        if (words <= 40 && Tags().IsMatch(norm))
            return LineKind.Tags;
        if (words <= 20 && ReadMore().IsMatch(norm))
            return LineKind.ReadMore;
        if (StoryLink().IsMatch(norm))
            return LineKind.StoryLink;
        if (ArticleLinks().IsMatch(norm))
            return LineKind.ArticleLinks;
        if (words <= 15 && Copyright().IsMatch(norm))
            return LineKind.Copyright;
        if (words <= 14 && Credit().IsMatch(norm))
            return LineKind.Credit;
        if (words <= 8 && IsShare(norm))
            return LineKind.Share;
        if (words <= 8 && !TextRules.EndsSentence(line) && Sponsor().IsMatch(norm))
            return LineKind.Sponsor;
        if (first == '*' && words <= 25 && StarFooter().IsMatch(norm))
            return LineKind.StarFooter;
        return LineKind.Text;
    }

    /// <summary>
    /// Boilerplate glued to the end of a body line: a tag list after the last sentence ("… الأعمال. سمات انتساب …"),
    /// "رابط الخبر بصحيفة …: …", an end mark or a time stamp. Returns where the tail starts, or -1.
    /// </summary>
    public static int TailStart(string line, bool lastLine = false)
    {
        var from = Math.Max(0, line.Length - 600);
        var window = line[from..];
        // at the very end of the content a tag list needs no sentence end before it ("… لما حدث فعلاً سمات زوجة سوداني")
        var tags = lastLine ? LastTagTail() : TagTail();
        foreach (var regex in new[] { tags, StoryLinkTail(), EndMarkTail(), TimestampTail() })
        {
            // each tail has a word or mark it cannot do without; most lines have none, and skip the regex
            var needle = regex == StoryLinkTail() ? "رابط" : regex == EndMarkTail() ? "/" : regex == TimestampTail() ? ":" : "سمات";
            if (!window.Contains(needle, StringComparison.Ordinal))
                continue;
            var m = regex.Match(window);
            if (m.Success && m.Index > 0)
            {
                var start = from + m.Index;
                while (start < line.Length && TextRules.IsStripSpace(line[start]))
                    start++;
                return TextRules.Strip(line[..start]).Length > 0 ? start : -1;
            }
        }
        return -1;
    }

    /// <summary>The first line of an office's signature under a reply or statement ("إدارة العلاقات العامة والإعلام").</summary>
    public static bool IsOfficeSignature(string line) =>
        TextRules.CountWords(line) <= 8 && !TextRules.EndsSentence(line) && OfficeSignature().IsMatch(ArabicNormalizer.NormalizeMatching(line));

    /// <summary>Slider residue at the start of a line ("Next Previous عين اليوم – جدة"): returns its length, or 0.</summary>
    public static int SliderPrefix(string line)
    {
        var m = SliderHead().Match(line.Length > 200 ? line[..200] : line);
        return m.Success ? m.Length : 0;
    }

    private static bool IsShare(string norm)
    {
        var any = false;
        foreach (var w in norm.Split([' ', '\u00A0', '|', '-', '/', ':', '،', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ShareTriggers.Contains(w))
                any = true;
            else if (!ShareWords.Contains(w))
                return false;
        }
        return any;
    }

    /// <summary>
    /// Whether a long line opens with an "other articles" label: the author's other titles come glued into one line,
    /// too long for the patterns of short lines.
    /// </summary>
    private static bool StartsArticleLinks(string line) =>
        ArticleLinks().IsMatch(ArabicNormalizer.NormalizeMatching(line.Length > 60 ? line[..60] : line));
}
