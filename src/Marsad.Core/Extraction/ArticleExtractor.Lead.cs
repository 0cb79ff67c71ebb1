using Marsad.Extraction.Internal;

namespace Marsad.Extraction;

public sealed partial class ArticleExtractor
{
    /// <summary>How many lines at the top can be datelines, bylines, captions or slider residue before the body starts.</summary>
    private const int LeadLines = 4;

    /// <summary>
    /// Reads the top of the content: slider residue, a dateline (line or line-initial), credit lines without a place,
    /// photo captions (a short line that is not a sentence, right before the first prose paragraph) and lines the
    /// boilerplate model knows recur at the top of this source's articles. Returns the index of the first body segment;
    /// a line whose start was a dateline is replaced by its rest.
    /// </summary>
    private int ReadLead(List<Segment> segments, int index, ExtractionState state)
    {
        for (var step = 0; step < LeadLines && index < segments.Count; step++)
        {
            var line = segments[index].Text;
            var slider = BoilerplateRules.SliderPrefix(line);
            if (slider > 0)
            {
                state.Remove(line[..slider], LineKind.Slider);
                line = TextRules.Strip(line[slider..]);
                if (line.Length == 0)
                {
                    index++;
                    continue;
                }
                segments[index] = segments[index] with { Text = line };
            }
            var kind = BoilerplateRules.Classify(line);
            if (kind is not (LineKind.Text or LineKind.StarFooter or LineKind.Serial))
            {
                state.Remove(line, kind);
                index++;
                continue;
            }
            var next = index + 1 < segments.Count ? segments[index + 1].Text : null;
            var beforeProse = next is not null && TextRules.IsProse(next);
            if (state.Dateline is null)
            {
                var whole = _datelines.ParseLine(line, state.Source, state.Reference, allowLonePerson: beforeProse && TextRules.CountWords(line) <= 4);
                if (whole is not null)
                {
                    Take(whole, state);
                    index++;
                    continue;
                }
                if (_datelines.ParsePrefix(line, state.Source, state.Reference) is var (match, length) && length < line.Length)
                {
                    var rest = TextRules.Strip(line[length..]);
                    if (rest.Length > 0)
                    {
                        Take(match with { Text = TextRules.Strip(match.Text) }, state);
                        segments[index] = segments[index] with { Text = rest };
                        return index;
                    }
                }
            }
            else if (_datelines.ParseLine(line, state.Source, state.Reference) is { IsDateline: false })
            {
                state.Remove(line, LineKind.Credit);
                index++;
                continue;
            }
            if (state.Dateline is null && next is not null && IsStandfirst(line, next, state))
            {
                // a short line above the dateline is the article's own subheadline (standfirst); it stays a paragraph
                state.Subheadline = line;
                state.Keep(line);
                index++;
                continue;
            }
            if (IsCaption(line, next) || IsLoneCaption(line, index, segments.Count, state) || IsRecurring(line, state))
            {
                state.Remove(line);
                index++;
                continue;
            }
            break;
        }
        return index;
    }

    /// <summary>A short line (a statement, not a name) right above a dateline: "كيري يؤكد …" before "هانوي - «الشرق الأوسط»: حث …".</summary>
    private bool IsStandfirst(string line, string next, ExtractionState state)
    {
        var words = TextRules.CountWords(line);
        if (words is < 4 or > 25 || TextRules.EndsSentence(line) || line.StartsWith('*'))
            return false;
        var dateline = _datelines.ParseLine(next, state.Source, state.Reference) ?? _datelines.ParsePrefix(next, state.Source, state.Reference)?.Match;
        return dateline is { IsDateline: true } && _datelines.ParseLine(line, state.Source, state.Reference, allowLonePerson: true) is null;
    }

    private static void Take(BylineMatch match, ExtractionState state)
    {
        if (match.IsDateline)
            state.Dateline = match;
        else
            state.Remove(match.Text, LineKind.Credit);
    }

    /// <summary>
    /// A photo caption or a name above the text: a short line (nine words at most) that does not end like a sentence,
    /// directly before a prose paragraph. Poems are safe: their next line is short too.
    /// </summary>
    private bool IsCaption(string line, string? next) =>
        next is not null && TextRules.CountWords(line) <= 9 && !TextRules.EndsSentence(line) && TextRules.IsProse(next)
        && !TeaserRules.TryMatchLabel(line, _lexicon, out _) && !line.StartsWith('*') && !StartsWithListMarker(line) && !OpensALetterOrChapter(line);

    /// <summary>
    /// Content that is one short line under a title is the photo's caption, the scraper having kept nothing else: aljazirah's
    /// "مازن المزيني" under "المزيني يحصل على الماجستير", "مدير تعليم الرس المسعود".
    /// </summary>
    private static bool IsLoneCaption(string line, int index, int count, ExtractionState state) =>
        index == 0 && count == 1 && state.Items.Count == 0 && state.Dateline is null
        && TextRules.CountWords(line) <= 8 && !TextRules.EndsSentence(line) && !StartsWithListMarker(line) && !line.StartsWith('*');

    /// <summary>A salutation or a chapter heading opens the text itself: "السلام عليكم ورحمة الله", "سعادة رئيس التحرير", "الفصل التاسع".</summary>
    private static bool OpensALetterOrChapter(string line)
    {
        var key = TextRules.Key(line);
        return key.StartsWith("السلام عليكم", StringComparison.Ordinal) || key.StartsWith("بسم الله", StringComparison.Ordinal)
            || key.StartsWith("سعاده ", StringComparison.Ordinal) || key.StartsWith("عزيزي", StringComparison.Ordinal)
            || key.StartsWith("الفصل ", StringComparison.Ordinal) || key.StartsWith("الحلقه ", StringComparison.Ordinal) || key.StartsWith("الجزء ", StringComparison.Ordinal);
    }

    private bool IsRecurring(string line, ExtractionState state) =>
        Boilerplate is not null && !TextRules.EndsSentence(line) && line.Length <= 300 && Boilerplate.IsRecurring(state.Source, line);

    private static bool StartsWithListMarker(string line)
    {
        if (line.Length == 0)
            return false;
        if (line[0] is '-' or '–' or '•' or '▪' or '●' or '·' or '◾' or '■')
            return true;
        var i = 0;
        while (i < line.Length && TextRules.IsDigit(line[i]))
            i++;
        return i is > 0 and <= 2 && i < line.Length && line[i] is '-' or '.' or ')' or '–' or '/';
    }
}
