namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// "…، حسبما ذكرت صحيفة «ديلي ميل» البريطانية": when the clause before already has its attribution, the outlet is
    /// its via; otherwise the clause is a statement of the subject of the reporting verb ("بحسب ما اعلن مسؤول تركي
    /// لوكالة فرانس برس" → speaker مسؤول تركي, via وكالة فرانس برس; "بحسب ما نقلت الصحيفة عن متحدث باسم الشرطة" →
    /// speaker the spokesman, via the newspaper).
    /// </summary>
    /// <summary>"بحسب «رويترز»"، "وفقا لسكاي نيوز"، "نقلا عن وكالة الأنباء": a bare attribution to an outlet at <paramref name="i"/>.</summary>
    private (string Outlet, int Next)? BareAttributionAt(int i, int limit)
    {
        if ((!IsBareAttributionWord(_doc.Key(i)) && !IsBareAttributionWord(QuoteLexicon.StripConjunction(_doc.Key(i)))) || i + 1 >= limit)
            return null;
        var j = i + 1;
        if (_doc.Key(j) is "عن" or "ل" or "لما")
            j++;
        if (j >= limit)
            return null;
        if (QuoteLexicon.StripArticle(_doc.Key(j)) is "بيان" or "لبيان" && RelayedStatementOutlet(j, limit) is { } relay)
            return relay; // "بحسب بيان نقلته وكالة الأنباء السعودية"
        if (_doc.Tokens[j].Type == QTokenType.OpenQuote && _doc.Tokens[j].Quote >= 0)
        {
            var span = _doc.Quotes[_doc.Tokens[j].Quote];
            return span.Closed && WordsIn(span) <= 4 ? (_doc.Text[span.InnerStart..span.InnerEnd].Trim(), span.Close + 1) : null;
        }
        var outlet = OutletAt(j, limit, stripLam: _doc.Key(j).Length > 2 && _doc.Key(j)[0] == 'ل');
        return outlet is { } o ? (o.Text, o.Next) : null;
    }

    /// <summary>"وفقا" is itself a و-word: it is tested as written before the conjunction is stripped (وبحسب → بحسب).</summary>
    private static bool IsBareAttributionWord(string key) => key is "بحسب" or "حسب" or "وفقا" or "وفق" or "طبقا" or "نقلا";

    private bool TryPostposed(int i, out int end)
    {
        end = i;
        var limit = SentenceLimit(i);
        if (BareAttributionAt(i, limit) is { } bare)
        {
            // "…، وفقا لسكاي نيوز": the outlet of the statement just before
            var last = _found.Count > 0 ? _found[^1] : null;
            if (last is not null && last.Sentence == _doc.Tokens[i].Sentence && last.ContentEnd >= i - 1)
                last.Via ??= bare.Outlet;
            end = bare.Next;
            return true;
        }
        var opener = PostposedOpenerAt(i, limit);
        if (opener == 0 || i + opener >= limit || !_doc.Tokens[i + opener].IsWord)
            return false;
        var verbToken = i + opener;
        if (!TryReportingVerb(_doc.Key(verbToken), out var verb) || verb.Form != CueForm.Verb)
            return false;
        _lex.TryCue(_doc.Key(verbToken), out _, out var prefix);
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
