namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// "…، حسبما ذكرت صحيفة «ديلي ميل» البريطانية": when the clause before already has its attribution, the outlet is
    /// its via; otherwise the clause is a statement of the subject of the reporting verb ("بحسب ما اعلن مسؤول تركي
    /// لوكالة فرانس برس" → speaker مسؤول تركي, via وكالة فرانس برس).
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
        var next = Math.Max(outlet?.Next ?? k, phrase?.Next ?? k);
        if (outlet is null && phrase is null)
            return false;
        var info = new FrameInfo();
        for (var f = next; f < limit; f++)
        {
            if (_doc.Tokens[f].IsWord)
                ReadFrameWord(f, limit, info);
        }
        end = next;
        var sentenceStart = SentenceStart(i);
        var before = i - 1;
        if (before >= sentenceStart && _doc.Tokens[before].IsComma)
            before--;
        var previous = _found.Count > 0 ? _found[^1] : null;
        if (previous is not null && previous.Sentence == _doc.Tokens[i].Sentence && previous.ContentEnd >= before)
        {
            previous.Via ??= outlet?.Text ?? info.Via;
            return true;
        }
        if (before - sentenceStart < 2)
            return false;
        var speaker = outlet is not null
            ? new SpeakerPhrase(k, outlet.Value.Next - 1, -1, -1, SpeakerKind.Outlet) { Next = outlet.Value.Next }
            : phrase;
        var a = new Attribution
        {
            CueToken = verbToken,
            Cue = CueText(verbToken, prefix),
            CueWord = verb,
            Speaker = speaker,
            Sentence = _doc.Tokens[i].Sentence,
            Via = outlet is null ? info.Via : null,
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
