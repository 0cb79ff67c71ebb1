namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// Sets the content span from the marker: after a complementizer or the cue's preposition (gold rule), the quoted
    /// words when the content is exactly a quotation (direct), after a colon to the end of the speech, or — for verbs
    /// that take a bare object (أكد ضرورة …) — right after the speaker and any addressee.
    /// </summary>
    private bool PlaceContent(Attribution a, Marker marker, int frameStart, int limit)
    {
        var s = -1;
        var skipChars = 0;
        var colonSpeech = false;
        var cue = a.CueWord;
        switch (marker.Kind)
        {
            case MarkerKind.Complementizer:
                s = _doc.Key(marker.Token) is "الا" or "بالا" ? marker.Token : marker.Token + 1;
                skipChars = _doc.Key(marker.Token) == "بالا" ? 1 : 0;
                break;
            case MarkerKind.Link:
                if (cue.Entry.Links.Contains(_doc.Key(marker.Token)))
                {
                    s = marker.Token + 1;
                }
                else
                {
                    s = marker.Token;
                    skipChars = 1;
                }
                if (s < limit && skipChars == 0 && _doc.Tokens[s].IsWord && IsComplementizer(_doc.Key(s)))
                    s++;
                break;
            case MarkerKind.Colon:
                s = marker.Token + 1;
                if (s < _doc.Count && _doc.Tokens[s].IsWord && IsComplementizer(_doc.Key(s)))
                    s++;
                else
                    colonSpeech = s >= _doc.Count || _doc.Tokens[s].Type != QTokenType.OpenQuote;
                break;
            case MarkerKind.Quote:
                s = marker.Token;
                break;
            case MarkerKind.None:
                s = ObjectStart(a, frameStart, limit);
                if (s < 0)
                    return TryQuoteBefore(a);
                break;
        }
        if (s < 0 || s >= _doc.Count || _doc.Tokens[s].Paragraph != _doc.Tokens[a.CueToken].Paragraph && marker.Kind != MarkerKind.Colon)
            return false;
        if (s >= _doc.Count)
            return false;
        if (cue.Entry.Has(CueFlags.Name) || RequiresQuote(cue))
        {
            var q = FirstQuoteFrom(s, RequiresQuote(cue) ? Math.Min(limit, s + 1) : Math.Min(limit, ReportedEnd(s)));
            if (q >= 0)
                return SetDirect(a, q);
            if (RequiresQuote(cue))
                return false;
        }
        if (_doc.Tokens[s].Type == QTokenType.OpenQuote && _doc.Tokens[s].Quote >= 0)
        {
            var end = colonSpeech ? ColonEnd(s) : ReportedEnd(s);
            if (OnlyPunctuation(_doc.Quotes[_doc.Tokens[s].Quote].Close + 1, end) || ClauseEndsInside(_doc.Quotes[_doc.Tokens[s].Quote]))
                return SetDirect(a, _doc.Tokens[s].Quote);
            return SetReported(a, s, skipChars, end);
        }
        if (colonSpeech && s < _doc.Count && _doc.Tokens[s].Paragraph != _doc.Tokens[a.CueToken].Paragraph)
            return false;
        return SetReported(a, s, skipChars, colonSpeech ? ColonEnd(s) : ReportedEnd(s));
    }

    /// <summary>Where a bare object starts (أكد ضرورة …، نفى هذه المزاعم، حث الكونغرس عدم …), or -1 when the cue needs a marker.</summary>
    /// <summary>Past a "for its part" phrase of frame-phrases.txt ending in a pronoun (من جهته، من جانبها), else <paramref name="j"/>.</summary>
    private int SideTaking(int j, int limit)
    {
        foreach (var phrase in _lex.FramePhrases)
        {
            if (phrase[0] == "من" && phrase[^1] is var end && (end.EndsWith('ه') || end.EndsWith("ها", StringComparison.Ordinal)) && MatchesWords(j, limit, phrase))
                return j + phrase.Length;
        }
        return j;
    }

    private int ObjectStart(Attribution a, int j, int limit)
    {
        var entry = a.CueWord.Entry;
        while (j < limit)
        {
            // "وأكدت وزارة الخارجية القطرية وفقاً لوكالة الأنباء القطرية، وقوف دولة قطر …"
            if (_doc.Tokens[j].IsComma)
                j++;
            else if (_doc.Tokens[j].IsWord && _lex.IsTimeWord(_doc.Key(j)))
                j++;
            else if (_doc.Tokens[j].IsWord && BareAttributionAt(j, limit) is { } bare)
            {
                a.Via ??= bare.Outlet;
                j = bare.Next;
            }
            else if (_doc.Tokens[j].IsWord && SideTaking(j, limit) is var taken && taken > j)
                j = taken; // "وأكد الهلال الأحمر الكردي من جهته إصابة المستشفى"
            else
                break;
        }
        if (j >= limit || !_doc.Tokens[j].IsWord)
            return -1;
        if (entry.Has(CueFlags.Responsibility))
        {
            for (var k = j; k < limit && k < j + 6; k++)
            {
                if (QuoteLexicon.StripArticle(_doc.Key(k)) == QuoteLexicon.Responsibility)
                    return k;
            }
            return -1;
        }
        if (a.Cue is "يقول" or "تقول" && j > 1 && a.CueToken > 0 && _doc.Key(a.CueToken - 1) is "وهو" or "وهي" or "وهم")
            return j;
        if (entry.Has(CueFlags.Strict))
            return -1;
        if (entry.Has(CueFlags.Address) && !entry.Has(CueFlags.Object))
        {
            var addressee = ParsePhrase(j, limit);
            return addressee is not null && addressee.Next < limit && _doc.Tokens[addressee.Next].IsWord ? addressee.Next : -1;
        }
        var key = _doc.Key(j);
        return entry.Has(CueFlags.Object) && (!_lex.IsFunctionWord(key) || key is "ما" or "هذه" or "هذا" or "ذلك" or "تلك") ? j : -1;
    }

    /// <summary>"«…»، قال فلان": a finite cue with no content after it attributes the unattributed quotation just before it.</summary>
    private bool TryQuoteBefore(Attribution a)
    {
        var k = a.CueToken - 1;
        if (k >= 0 && _doc.Tokens[k].IsComma)
            k--;
        if (k < 0 || _doc.Tokens[k].Type != QTokenType.CloseQuote || a.CueWord.Form != CueForm.Verb
            || _doc.Tokens[k].Paragraph != _doc.Tokens[a.CueToken].Paragraph)
            return false;
        var q = _doc.Tokens[k].Quote;
        if (q < 0 || _usedQuotes.Contains(q) || WordsIn(_doc.Quotes[q]) < 3)
            return false;
        SetDirect(a, q);
        a.ContentEnd = a.Speaker?.Next ?? a.CueToken + 1;
        return true;
    }

    /// <summary>
    /// The quoted words end their clause inside the marks and a new و-clause follows ("…بهذا الاتفاق،" وهو الأمر الذي …):
    /// the quotation is the content, what follows is the writer's.
    /// </summary>
    private bool ClauseEndsInside(QuotedSpan span)
    {
        if (!span.Closed || span.Close < 2 || span.Close + 1 >= _doc.Count)
            return false;
        ref readonly var before = ref _doc.Tokens[span.Close - 1];
        ref readonly var after = ref _doc.Tokens[span.Close + 1];
        return (before.IsComma || before.Is('.')) && after.IsWord && after.Key.Length > 2 && after.Key[0] == 'و'
            && !_lex.IsTitle(after.Key) && !_lex.IsGivenName(after.Key);
    }

    private int FirstQuoteFrom(int s, int limit)
    {
        for (var k = s; k < limit && k < s + 25; k++)
        {
            if (_doc.Tokens[k].Type == QTokenType.OpenQuote && _doc.Tokens[k].Quote >= 0)
                return _doc.Tokens[k].Quote;
        }
        return -1;
    }

    private bool OnlyPunctuation(int from, int to)
    {
        for (var k = from; k < to && k < _doc.Count; k++)
        {
            if (_doc.Tokens[k].Type != QTokenType.Punctuation)
                return false;
        }
        return true;
    }

    /// <summary>Direct quotation: the words between the marks; an unclosed quote continued by the next paragraph's opening mark runs on.</summary>
    private bool SetDirect(Attribution a, int quote)
    {
        var span = _doc.Quotes[quote];
        var end = span.InnerEnd;
        var last = span.Close;
        while (!span.Closed)
        {
            var next = last + 1;
            if (next >= _doc.Count || _doc.Tokens[next].Type != QTokenType.OpenQuote || _doc.Tokens[next].Quote < 0)
                break;
            _usedQuotes.Add(_doc.Tokens[next].Quote);
            span = _doc.Quotes[_doc.Tokens[next].Quote];
            end = span.InnerEnd;
            last = span.Close;
        }
        _usedQuotes.Add(quote);
        var start = _doc.Quotes[quote].InnerStart;
        (start, end) = Trim(start, end);
        if (end <= start)
            return false;
        a.Start = start;
        a.End = end;
        a.Direct = true;
        a.ContentEnd = last + 1;
        return true;
    }

    /// <summary>Reported speech from token <paramref name="s"/> to before <paramref name="end"/>, without final punctuation.</summary>
    private bool SetReported(Attribution a, int s, int skipChars, int end)
    {
        var last = end - 1;
        while (last >= s && _doc.Tokens[last].Type is QTokenType.Punctuation or QTokenType.StrayQuote && _doc.Key(last) is not (")" or "]"))
            last--;
        if (last < s)
            return false;
        var start = _doc.Tokens[s].Start + skipChars;
        if (skipChars > 0)
        {
            while (start < _doc.Tokens[s].End && Text.ArabicLetters.IsDiacritic(_doc.Text[start]))
                start++;
        }
        if (start >= _doc.Tokens[last].End)
            return false;
        a.Start = start;
        a.End = _doc.Tokens[last].End;
        a.Direct = false;
        a.ContentEnd = end;
        for (var k = s; k <= last; k++)
        {
            if (_doc.Tokens[k].Type == QTokenType.OpenQuote && _doc.Tokens[k].Quote >= 0)
                _usedQuotes.Add(_doc.Tokens[k].Quote);
        }
        return true;
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_doc.Text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(_doc.Text[end - 1]))
            end--;
        return (start, end);
    }
}
