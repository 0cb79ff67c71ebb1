using Marsad.Extraction.Internal;

namespace Marsad.Extraction;

public sealed partial class ArticleExtractor
{
    /// <summary>
    /// Reads the body: boilerplate lines out, boilerplate tails cut off body lines, "see also" blocks into
    /// <see cref="ExtractionState.Related"/> (title) and removed (label, title, ledes).
    /// </summary>
    private void ReadBody(List<Segment> segments, int index, ExtractionState state)
    {
        for (var i = index; i < segments.Count; i++)
        {
            var line = segments[i].Text;
            if (TeaserRules.TryMatchLabel(line, _lexicon, out var title))
            {
                state.Remove(line, LineKind.ReadMore);
                if (title is not null)
                    state.Related.Add(title);
                else
                    i = ReadTeasers(segments, i + 1, state) - 1;
                continue;
            }
            var kind = BoilerplateRules.Classify(line);
            if (kind == LineKind.Serial && !(state.Items.Count > 0 && state.Items[^1] is { Removed: true, Kind: LineKind.EndMark or LineKind.Timestamp }))
                kind = LineKind.Text;
            if (kind is not (LineKind.Text or LineKind.StarFooter))
            {
                state.Remove(line, kind);
                continue;
            }
            var tail = BoilerplateRules.TailStart(line, lastLine: i == segments.Count - 1);
            if (tail > 0)
            {
                // what is left before the tail is classified on its own: "http://www.mcs.gov.sa/… سمات …" leaves a link
                var head = TextRules.Strip(line[..tail]);
                var headKind = BoilerplateRules.Classify(head);
                if (headKind is LineKind.Text or LineKind.StarFooter)
                    state.Keep(head, kind);
                else
                    state.Remove(head, headKind);
                state.Remove(line[tail..], LineKind.Tags);
                continue;
            }
            state.Keep(line, kind, segments[i].AfterBlank);
        }
    }

    /// <summary>
    /// After a see-also label standing alone: teaser titles (into related), each optionally followed by the lede of the
    /// article it points to ("انظر ايضاً" / title / "يانغون-سانا … …"), or a run of titles ("اقرأ أيضاً:" / three titles).
    /// Returns the index of the first segment that is not part of the block.
    /// </summary>
    private int ReadTeasers(List<Segment> segments, int i, ExtractionState state)
    {
        const int MaxTitles = 6;
        var titles = 0;
        while (i < segments.Count && titles < MaxTitles)
        {
            var line = segments[i].Text;
            var isLede = TeaserRules.IsLede(line, _datelines, state.Source);
            if (isLede && titles > 0)
            {
                state.Remove(line, LineKind.ReadMore);
                i++;
                continue;
            }
            // a title may ask a question ("هل إيران هي الفائز الحقيقي…؟") but does not end with a full stop
            var trimmed = line.TrimEnd();
            var titleLike = TextRules.CountWords(line) <= 25 && (!TextRules.EndsSentence(line) || trimmed.EndsWith('؟') || trimmed.EndsWith('?'))
                && BoilerplateRules.Classify(line) == LineKind.Text && !TeaserRules.TryMatchLabel(line, _lexicon, out _);
            if (titleLike)
            {
                state.Related.Add(TeaserRules.CleanTitle(line));
                state.Remove(line, LineKind.ReadMore);
                titles++;
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>
    /// The tail of the article after its last prose paragraph, read backwards from the end while each line is
    /// boilerplate: author-bio and syndication footers starting with *, signatures and bylines at the end ("فهيم الحامد",
    /// "- مندل عبدالله القباع", "عبد الوهاب الرامي - المغرب", "(أ. ف. ب)"), photo captions (short lines standing apart after
    /// an empty line), ledes of other articles and lines recurring in this source. The first line that is none of these
    /// stops it, so poems, lists and sign-offs ("والسلام عليكم ورحمة الله وبركاته", "دمتم بخير،،،") stay whole.
    /// </summary>
    private void MarkTrailing(ExtractionState state)
    {
        var items = state.Items;
        var last = -1;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (!items[i].Removed && items[i].Kind != LineKind.StarFooter && !IsStarBio(items, i) && TextRules.IsProse(items[i].Text) && !IsSignature(items[i].Text, state))
            {
                last = i;
                break;
            }
        }
        if (last < 0)
            return;
        MarkOfficeSignature(items, last);
        for (var i = items.Count - 1; i > last; i--)
        {
            var item = items[i];
            if (item.Removed)
                continue;
            var text = item.Text;
            // "- 2012: …" after "- 2011: …": a list running to the end is content
            if (StartsWithListMarker(text) && SameMarker(text, items[i - 1].Text))
                break;
            var words = TextRules.CountWords(text);
            var caption = item.AfterBlank && words <= 12 && !TextRules.EndsSentence(text) && !EndsWithPause(text);
            var boilerplate = item.Kind == LineKind.StarFooter
                || IsStarBio(items, i)
                || IsSignature(text, state)
                || caption
                || (TeaserRules.IsLede(text, _datelines, state.Source) && text.TrimEnd().EndsWith('…'))
                || IsRecurring(text, state);
            if (!boilerplate)
                break;
            item.Removed = true;
        }
    }

    /// <summary>
    /// The office signing a reply or statement, from its first line to the end ("إدارة العلاقات العامة والإعلام" /
    /// "بوزارة الشؤون البلدية والقروية"): every line of the block is short and none ends a sentence. A sign-off before it
    /// ("والسلام عليكم ورحمة الله وبركاته") stays.
    /// </summary>
    private static void MarkOfficeSignature(List<BodyItem> items, int last)
    {
        const int MaxLineWords = 8;
        for (var i = last + 1; i < items.Count; i++)
        {
            if (items[i].Removed || !BoilerplateRules.IsOfficeSignature(items[i].Text))
                continue;
            var block = items.Skip(i).Where(item => !item.Removed).ToList();
            if (block.All(item => TextRules.CountWords(item.Text) <= MaxLineWords && !TextRules.EndsSentence(item.Text)))
                block.ForEach(item => item.Removed = true);
            return;
        }
    }

    /// <summary>
    /// The author's one-line bio starred at the very end of a column ("* ناقد تونسي", "* استشاري في طب المجتمع، مدير مركز
    /// …"): the last line, starting with *, short, not a question, and not the last of a starred list.
    /// </summary>
    private static bool IsStarBio(List<BodyItem> items, int i)
    {
        const int MaxWords = 15;
        if (items[i].Removed || !items[i].Text.StartsWith('*') || TextRules.CountWords(items[i].Text) > MaxWords)
            return false;
        if (items.Skip(i + 1).Any(item => !item.Removed))
            return false;
        var text = items[i].Text.TrimEnd();
        if (text.EndsWith('؟') || text.EndsWith('?') || text.EndsWith(':'))
            return false;
        // in a column whose items are starred ("** … (5) ** … (6) ** الصورةُ خطوط") the last star is an item
        return !items.Take(i).Where(item => !item.Removed).TakeLast(3).Any(item => item.Text.StartsWith('*'));
    }

    /// <summary>A signature or credit line: a bare name ("فهيم الحامد"), a byline without a place, an agency credit "(أ. ف. ب)", or "- name / bio / credit".</summary>
    private bool IsSignature(string text, ExtractionState state)
    {
        var words = TextRules.CountWords(text);
        if (words > 20 || TextRules.EndsSentence(text) && !text.TrimEnd().EndsWith(')'))
            return false;
        if (text[0] is '-' or '–' or '—' && words <= 20 && !TextRules.EndsSentence(text))
            return true;
        if (words <= 10 && IsPersonWithAffiliation(text, state))
            return true;
        if (words > 6)
            return false;
        // a byline at the end: a credit, an agency credit, or a person with a known place ("عبد الوهاب الرامي - المغرب")
        return _datelines.ParseLine(text, state.Source, null, allowLonePerson: true) is { } byline
            && (!byline.IsDateline || byline.Place is null || _lexicon.IsPlace(TextRules.Key(byline.Place)));
    }

    /// <summary>
    /// A reader's or writer's signature: a person's name, a dash, and where they write from or work ("نجوى الأحمد - جامعة
    /// الأميرة نورة", "محمد بن عبدالعزيز الفوزان - محافظة الغاط", "نوف بنت طلال - مذيعة قناة الإخبارية").
    /// </summary>
    private bool IsPersonWithAffiliation(string text, ExtractionState state)
    {
        const int MaxAffiliationWords = 4;
        var dash = text.AsSpan().IndexOfAny("-–—");
        if (dash <= 0 || TextRules.EndsSentence(text))
            return false;
        var name = TextRules.Strip(text[..dash]);
        var affiliation = TextRules.Strip(text[(dash + 1)..]);
        var words = TextRules.CountWords(affiliation);
        return words is > 0 and <= MaxAffiliationWords && !affiliation.Any(TextRules.IsDigit)
            && _datelines.ParseLine(name, state.Source, null, allowLonePerson: true) is { IsDateline: false };
    }

    private static bool EndsWithPause(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith('،') || t.EndsWith(',') || t.EndsWith("..", StringComparison.Ordinal);
    }

    private static bool SameMarker(string a, string b) => b.Length > 0 && StartsWithListMarker(b) && (a[0] == b[0] || TextRules.IsDigit(a[0]) && TextRules.IsDigit(b[0]));
}
