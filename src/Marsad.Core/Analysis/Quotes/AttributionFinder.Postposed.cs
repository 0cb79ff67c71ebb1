namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// "…، حسبما ذكرت صحيفة «ديلي ميل» البريطانية": when the clause before already has its attribution, the outlet is
    /// its via; otherwise the clause is a statement of the subject of the reporting verb ("بحسب ما اعلن مسؤول تركي
    /// لوكالة فرانس برس" → speaker مسؤول تركي, via وكالة فرانس برس; "بحسب ما نقلت الصحيفة عن متحدث باسم الشرطة" →
    /// speaker the spokesman, via the newspaper).
    /// </summary>
    private bool TryPostposed(int i, out int end)
    {
        end = i;
        var limit = SentenceLimit(i);
        var opener = PostposedOpenerAt(i, limit);
        if (opener == 0 || i + opener >= limit || !_doc.Tokens[i + opener].IsWord)
            return false;
        var verbToken = i + opener;
        if (!_lex.TryCue(_doc.Key(verbToken), out var verb, out var prefix) || verb.Form != CueForm.Verb)
            return false;
        var k = verbToken + 1;
        while (k < limit && _doc.Tokens[k].IsWord && _doc.Key(k) is "عنه" or "عنها" or "عنهم")
            k++;
        var outlet = OutletAt(k, limit, stripLam: false);
        var phrase = ParsePhrase(k, limit);
        if (outlet is null && phrase is null)
            return false;
        var next = Math.Max(outlet?.Next ?? k, phrase?.Next ?? k);
        string? via = null;
        SpeakerPhrase speaker;
        if (verb.Entry.Has(CueFlags.Report) && outlet is not null && next < limit && _doc.Key(next) == "عن"
            && ParsePhrase(next + 1, limit) is { } relayed)
        {
            via = outlet.Value.Text;
            speaker = relayed;
            next = relayed.Next;
        }
        else
        {
            speaker = outlet is not null
                ? new SpeakerPhrase(k, outlet.Value.Next - 1, -1, -1, SpeakerKind.Outlet) { Next = outlet.Value.Next }
                : phrase!;
        }
        var info = new FrameInfo();
        for (var f = next; f < limit; f++)
        {
            if (_doc.Tokens[f].IsWord)
                ReadFrameWord(f, limit, info);
        }
        via ??= speaker.Kind == SpeakerKind.Outlet ? null : info.Via;
        end = next;
        var sentenceStart = SentenceStart(i);
        var before = i - 1;
        if (before >= sentenceStart && _doc.Tokens[before].IsComma)
            before--;
        var previous = _found.Count > 0 ? _found[^1] : null;
        if (previous is not null && previous.Sentence == _doc.Tokens[i].Sentence && previous.ContentEnd >= before)
        {
            previous.Via ??= speaker.Kind == SpeakerKind.Outlet ? outlet!.Value.Text : via;
            return true;
        }
        if (before - sentenceStart < 2)
            return false;
        var a = new Attribution
        {
            CueToken = verbToken,
            Cue = CueText(verbToken, prefix),
            CueWord = verb,
            Speaker = speaker,
            Sentence = _doc.Tokens[i].Sentence,
            Via = via,
            OtherOccasion = info.OtherOccasion,
        };
        var first = sentenceStart;
        if (_doc.Tokens[first].Type == QTokenType.OpenQuote && _doc.Tokens[first].Quote >= 0
            && _doc.Quotes[_doc.Tokens[first].Quote].Close >= before - 1)
        {
            if (!SetDirect(a, _doc.Tokens[first].Quote))
                return false;
        }
        else if (!SetReported(a, first, 0, before + 1))
        {
            return false;
        }
        a.ContentEnd = next;
        _found.Add(a);
        return true;
    }
}
