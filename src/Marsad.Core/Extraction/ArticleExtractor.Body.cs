using Marsad.Extraction.Internal;

namespace Marsad.Extraction;

public sealed partial class ArticleExtractor
{
    /// <summary>
    /// Reads the body: boilerplate lines out, boilerplate tails cut off body lines, "see also" blocks into
    /// <see cref="ExtractionState.Related"/> (title) and removed (label, title, ledes).
    /// </summary>
    private void ReadBody(List<string> segments, int index, ExtractionState state)
    {
        for (var i = index; i < segments.Count; i++)
        {
            var line = segments[i];
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
            var tail = BoilerplateRules.TailStart(line);
            if (tail > 0)
            {
                state.Keep(line[..tail], kind);
                state.Remove(line[tail..], LineKind.Tags);
                continue;
            }
            state.Keep(line, kind);
        }
    }

    /// <summary>
    /// After a see-also label standing alone: teaser titles (into related) each optionally followed by the lede of the
    /// article it points to. Returns the index of the first segment that is not part of the block.
    /// </summary>
    private int ReadTeasers(List<string> segments, int i, ExtractionState state)
    {
        var titles = 0;
        while (i < segments.Count)
        {
            var line = segments[i];
            var isLede = TeaserRules.IsLede(line, _datelines, state.Source);
            if (isLede && titles > 0)
            {
                state.Remove(line, LineKind.ReadMore);
                i++;
                continue;
            }
            var nextIsLede = i + 1 < segments.Count && TeaserRules.IsLede(segments[i + 1], _datelines, state.Source);
            var titleLike = TextRules.CountWords(line) <= 30 && !TextRules.EndsSentence(line) && BoilerplateRules.Classify(line) == LineKind.Text;
            if (titleLike && (titles == 0 || nextIsLede))
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
    /// After the last prose paragraph: short lines that do not end like sentences (captions, signatures, desk credits),
    /// author-bio and syndication footers starting with *, ledes of other articles, and lines recurring in this source.
    /// A list (two or more items with list markers) is left alone.
    /// </summary>
    private void MarkTrailing(ExtractionState state)
    {
        var items = state.Items;
        var last = -1;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (!items[i].Removed && items[i].Kind != LineKind.StarFooter && TextRules.IsProse(items[i].Text))
            {
                last = i;
                break;
            }
        }
        if (last < 0)
            return;
        for (var i = last + 1; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Removed)
                continue;
            var text = item.Text;
            var list = StartsWithListMarker(text) && (i > 0 && StartsWithListMarker(items[i - 1].Text) || i + 1 < items.Count && StartsWithListMarker(items[i + 1].Text));
            if (list)
                continue;
            if (item.Kind == LineKind.StarFooter
                || (TextRules.CountWords(text) <= 15 && !TextRules.EndsSentence(text))
                || TeaserRules.IsLede(text, _datelines, state.Source) && text.TrimEnd().EndsWith('…')
                || IsRecurring(text, state))
            {
                item.Removed = true;
            }
        }
    }
}
