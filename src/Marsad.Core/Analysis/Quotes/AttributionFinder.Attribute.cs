namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    /// <summary>Reads the frame and content of the cue at <paramref name="i"/>; null when it attributes nothing.</summary>
    private Attribution? TryAttribute(int i, CueWord cue, int prefixLetters)
    {
        var strict = cue.Entry.Has(CueFlags.Strict);
        if (strict && cue.Form == CueForm.Verb && !StartsClause(i, prefixLetters))
            return null;
        if (cue.Form == CueForm.Participle && !ParticipleStartsClause(i, cue))
            return null;
        var limit = SentenceLimit(i);
        var frameSize = strict ? MaxStrictFrame : cue.Form == CueForm.Participle ? MaxParticipleFrame + (cue.Entry.Has(CueFlags.Address) ? 8 : 0) : MaxFrame;
        var frameLimit = limit;
        var info = new FrameInfo();
        SpeakerPhrase? speaker = null;
        Attribution? antecedent = null;
        var cueToken = i;
        var cueText = CueText(i, prefixLetters);
        var j = i + 1;
        if (_handOver.Remove(i, out var handed))
        {
            (speaker, antecedent, info.Via) = handed;
        }
        else if (cue.Form == CueForm.Verb)
        {
            if (cue.Entry.Has(CueFlags.Passive))
            {
                if (j >= frameLimit || _doc.Key(j) is not ("في" or "فيه" or "فيها"))
                    return null;
                speaker = ClauseSubject(SentenceStart(i), i);
                j++;
            }
            else if (RelativeStatementSpeaker(i, cue) is { } described)
            {
                speaker = described; // "… مدير إدارة العلاقات العامة، محمد البقمي الذي كشف أن"
            }
            else
            {
                speaker = ReadSubject(i, ref j, frameLimit, cue, info);
                speaker = RelayedSpeaker(speaker, ref j, frameLimit, info);
            }
            if (cue.Entry.Has(CueFlags.Report))
            {
                if (!ReadReport(ref speaker, ref j, frameLimit, info, ref cue, ref cueToken, ref cueText))
                    return null;
                frameSize = MaxFrame; // "نقل … عن" is a report: no longer an everyday word
            }
        }
        else if (cue.Form == CueForm.Noun && cue.Entry.Has(CueFlags.Say))
        {
            speaker = SpeakerBeforeNoun(i);
        }

        // the frame is measured from the end of the speaker phrase: titles can be long
        frameLimit = Math.Min(frameLimit, j + frameSize);

        // "وهو يقول الحمد لله …": a circumstantial saying verb with the words right after it
        var marker = cue.Entry.Has(CueFlags.Say) && cue.Form == CueForm.Verb && i > 0 && _doc.Key(i - 1) is "وهو" or "وهي" or "وهم"
            && j < limit && !PrecedesMarker(j)
            ? new Marker(MarkerKind.None, -1)
            : ScanMarker(j, frameLimit, cue, info);
        if (marker.Kind == MarkerKind.Yield)
        {
            _handOver[marker.Token] = (speaker, antecedent, info.Via);
            return null;
        }
        if (marker.Kind == MarkerKind.None && RequiresQuote(cue))
            return null;
        if (marker.Kind == MarkerKind.Complementizer && cue.Entry.Lemma == "دعا" && IsPrayer(i, marker.Token))
            return null;
        var attribution = new Attribution
        {
            CueToken = cueToken,
            Cue = cueText,
            CueWord = cue,
            Speaker = speaker,
            Antecedent = antecedent,
            Sentence = _doc.Tokens[cueToken].Sentence,
            Via = info.Via,
            OtherOccasion = info.OtherOccasion,
        };
        if (!PlaceContent(attribution, marker, j, limit))
            return null;
        if (attribution.Via is null)
        {
            // "وبحسب «رويترز»، أضاف الاتحاد … أن": an outlet credited at the start of the sentence
            for (var k = SentenceStart(i); k < i; k++)
            {
                if (_doc.Tokens[k].IsWord && BareAttributionAt(k, i) is { } bare)
                {
                    attribution.Via = bare.Outlet;
                    break;
                }
            }
        }
        if (attribution.Speaker is null && attribution.Antecedent is null)
            Inherit(attribution, i);
        return attribution;
    }

    /// <summary>
    /// The subject after a finite verb. A short quoted name right after the verb is the subject when content follows it
    /// ("وأضاف “أوباما” أن"), or the outlet addressed ("وأبلغ "الوطن" قائد … أن").
    /// </summary>
    private SpeakerPhrase? ReadSubject(int i, ref int j, int limit, CueWord cue, FrameInfo info)
    {
        if (i > 0 && _doc.Key(i - 1) is "وهو" or "وهي" or "وهم")
            return null; // "وهو يقول …": the subject is the clause's, found when the speaker is inherited
        if (j < limit && _doc.Tokens[j].Type == QTokenType.OpenQuote && _doc.Tokens[j].Quote >= 0)
        {
            var span = _doc.Quotes[_doc.Tokens[j].Quote];
            if (span.Closed && WordsIn(span) is >= 1 and <= 2 && span.Close - span.Open >= 2 && span.Close + 1 < limit)
            {
                var after = span.Close + 1;
                if (cue.Entry.Has(CueFlags.Address) && _doc.Tokens[after].IsWord && !IsComplementizer(_doc.Key(after)))
                {
                    info.Via ??= _doc.Text[span.InnerStart..span.InnerEnd].Trim();
                    j = after;
                }
                else if (PrecedesMarker(after) || (_doc.Tokens[after].IsWord && MarkerSoon(after, cue, 12) && !_lex.IsCommonNoun(_doc.Key(after))))
                {
                    // "وأضاف “أوباما” أن …"، "وقال «أياتا» في تقريره الشهري، إن …": a quoted name as the subject
                    j = after;
                    return new SpeakerPhrase(span.Open + 1, span.Close - 1, span.Open + 1, span.Close - 1, SpeakerKind.Name) { Next = after };
                }
            }
        }
        // "أكد ذلك الناطق الإعلامي …": the object pronoun comes before the subject
        if (j + 1 < limit && _doc.Key(j) is "ذلك" or "هذا" && _doc.Tokens[j + 1].IsWord && ParsePhrase(j + 1, limit) is { } afterObject)
        {
            j = afterObject.Next;
            return afterObject;
        }
        SkipAddressedOutlet(ref j, limit, info);
        // "وقال سموه"، "وأكد معاليه": an honorific with a pronoun is the last speaker
        if (j < limit && _doc.Tokens[j].IsWord && _doc.Key(j) is "سموه" or "معاليه" or "سعادته" or "فضيلته" or "سماحته" or "جلالته" or "فخامته" or "دولته")
        {
            j++;
            return null;
        }
        if (j < limit && _doc.Tokens[j].IsWord && _doc.Key(j) is "فيه" or "فيها")
        {
            j++;
            // "في وقت قال فيه السفير السعودي …": a subject after فيه is the speaker
            if (ParsePhrase(j, limit) is { Kind: SpeakerKind.Name or SpeakerKind.Title or SpeakerKind.Outlet } after)
            {
                j = after.Next;
                return after;
            }
            // "تصريحات للمرشد الإيراني علي خامنئي، قال فيها": the person whose words فيه refers to, else the issuer
            return PersonRightBefore(i, SentenceStart(i)) ?? IssuerBefore(i) ?? BackwardSubject(i);
        }
        var phrase = ParsePhrase(j, limit);
        if (phrase is null)
            return BackwardSubject(i);
        j = phrase.Next;
        return phrase;
    }

    /// <summary>
    /// "وقالت شبكة تلفزيونية محلية نقلا عن مسؤول بالاسعاف إن …": an outlet subject relaying another speaker is the via,
    /// the one after نقلا عن the speaker.
    /// </summary>
    private SpeakerPhrase? RelayedSpeaker(SpeakerPhrase? speaker, ref int j, int limit, FrameInfo info)
    {
        if (speaker is null || j + 2 >= limit || _doc.Key(j) != "نقلا" || _doc.Key(j + 1) != "عن"
            || OutletAt(speaker.First, limit, stripLam: false) is not { } outlet || ParsePhrase(j + 2, limit) is not { } relayed)
            return speaker;
        info.Via ??= outlet.Text;
        j = relayed.Next;
        return relayed;
    }

    /// <summary>
    /// "نشرت الوكالة الدولية للطاقة الذرية الثلاثاء بيانا أكدت فيه أن"، "أصدر النائب العام المصري بياناً، الأربعاء، أكد
    /// فيه": a cue with فيه speaks through the document named before it; its issuer is the subject of the clause, else of
    /// the sentence, before the cue. Null when neither has one (the speaker is then inherited).
    /// </summary>
    private SpeakerPhrase? IssuerBefore(int i)
    {
        var clause = ClauseSubject(ClauseStart(i), i);
        if (clause is not null && clause.Next < i)
            return clause;
        var sentence = ClauseSubject(SentenceStart(i), i);
        return sentence is not null && sentence.Next < i ? sentence : null;
    }

    /// <summary>
    /// "ودعا … الله عز وجل أن يتقبل الشهداء": دعا with God as its object is a prayer (like a condolence), not a call
    /// reported from the speaker.
    /// </summary>
    private bool IsPrayer(int cue, int complementizer)
    {
        for (var k = cue + 1; k < complementizer; k++)
        {
            if (_doc.Tokens[k].IsWord && _doc.Key(k) is "الله" or "المولي" && (k + 1 == complementizer
                || (_doc.Tokens[k + 1].IsWord && _doc.Key(k + 1) is "عز" or "تعالي" or "سبحانه")))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A participle reports only as a circumstantial clause: after a comma, a full stop, a quotation or a و, or with its
    /// content marker right after it. After a bare noun it is an adjective ("أحكاماً مشددة").
    /// </summary>
    private bool ParticipleStartsClause(int i, CueWord cue)
    {
        if (i == 0 || i == SentenceStart(i))
            return true;
        if (_doc.Tokens[i - 1].Type == QTokenType.Number)
            return false; // "على 72 متهماً": a noun after a number
        if (!_doc.Tokens[i - 1].IsWord)
            return true;
        if (_doc.Key(i)[0] is 'و' or 'ف')
            return _doc.Key(i).EndsWith('ا'); // "ومتابعة التجاوزات" is a noun in a list
        // a feminine or plural form right after a word is as often a predicate ("الحكومة مطالبة بالإصلاح"): only the
        // accusative -ا form (مشيرا، مؤكدا) reads as circumstantial without a comma before it, or any form that a colon
        // follows ("واختتمت والدة الطفلتين حديثها متسائلة: هل …")
        if (!_doc.Key(i).EndsWith('ا'))
            return i + 1 < _doc.Count && _doc.Tokens[i + 1].Is(':');
        if (cue.Entry.Has(CueFlags.Responsibility))
            return i + 1 < _doc.Count && QuoteLexicon.StripArticle(_doc.Key(i + 1)) == QuoteLexicon.Responsibility;
        return MarkerSoon(i + 1, cue, 6);
    }

    /// <summary>A verbal noun other than a saying word (التأكيد) reports only words in quotation marks.</summary>
    private static bool RequiresQuote(CueWord cue) =>
        cue.Entry.Has(CueFlags.Quoted) || (cue.Form == CueForm.Noun && !cue.Entry.Has(CueFlags.Say));

    /// <summary>A verb that opens its clause: with و/ف, at the sentence start, after a comma, or after كما/ثم/قد/حيث.</summary>
    private bool StartsClause(int i, int prefixLetters)
    {
        if (prefixLetters > 0 || i == SentenceStart(i) || _doc.Tokens[i - 1].IsComma || _doc.Tokens[i - 1].IsDash)
            return true;
        var previous = _doc.Key(i - 1);
        return IsClauseConjunction(previous)
            || QuoteLexicon.StripConjunction(previous) is "كما" or "ثم" or "قد" or "لقد" or "فيما" or "بينما" or "حيث" or "بدوره" or "بدورها"
            || AfterFrontedAdverbial(i);
    }

    /// <summary>A verb after a short prepositional phrase that opens its sentence: "وفي تفاصيل القصة ذكرت …"، "ومن جهته أوضح …".</summary>
    private bool AfterFrontedAdverbial(int i)
    {
        var start = SentenceStart(i);
        if (i - start > 4 || !_doc.Tokens[start].IsWord || QuoteLexicon.StripConjunction(_doc.Key(start)) is not ("في" or "من"))
            return false;
        for (var k = start + 1; k < i; k++)
        {
            if (!_doc.Tokens[k].IsWord)
                return false;
        }
        return true;
    }

    /// <summary>"أوضحت لـ"الاقتصادية" مصادر …"، "قال لوكالة رويترز مسؤول …": the outlet addressed before the subject is the via.</summary>
    private void SkipAddressedOutlet(ref int j, int limit, FrameInfo info)
    {
        if (j + 1 >= limit || !_doc.Tokens[j].IsWord)
            return;
        var key = _doc.Key(j);
        if (key == "ل" && _doc.Tokens[j + 1].Type == QTokenType.OpenQuote && _doc.Tokens[j + 1].Quote >= 0)
        {
            var span = _doc.Quotes[_doc.Tokens[j + 1].Quote];
            if (span.Closed && WordsIn(span) <= 4 && span.Close + 1 < limit)
            {
                info.Via ??= _doc.Text[span.InnerStart..span.InnerEnd].Trim();
                j = span.Close + 1;
            }
            return;
        }
        if (key.Length > 2 && key[0] == 'ل' && OutletAt(j, limit, stripLam: true) is { } outlet && outlet.Next < limit && _doc.Tokens[outlet.Next].IsWord
            && !IsComplementizer(_doc.Key(outlet.Next)))
        {
            info.Via ??= outlet.Text;
            j = outlet.Next;
        }
    }

    private bool PrecedesMarker(int k) =>
        k < _doc.Count && (_doc.Tokens[k].Is(':') || _doc.Tokens[k].Type == QTokenType.OpenQuote
            || (_doc.Tokens[k].IsWord && IsComplementizer(_doc.Key(k))));

    private bool PrecedesMarker(int k, CueWord cue) => PrecedesMarker(k) || (k < _doc.Count && _doc.Tokens[k].IsWord && IsLink(k, cue));

    /// <summary>
    /// "ونقلت وكالة سبوتنيك الروسية عن ميدفيديف قوله": the subject of نقل is the outlet (via), the phrase after عن the
    /// speaker, and a saying noun right after it becomes the cue.
    /// </summary>
    private bool ReadReport(ref SpeakerPhrase? speaker, ref int j, int limit, FrameInfo info, ref CueWord cue, ref int cueToken, ref string cueText)
    {
        if (speaker is not null)
        {
            var outlet = OutletAt(speaker.First, limit, stripLam: false);
            info.Via ??= outlet?.Text ?? _doc.Span(speaker.First, speaker.Last);
            j = Math.Max(j, outlet?.Next ?? j);
        }
        while (j < limit && (_lex.IsTimeWord(_doc.Key(j)) || _doc.Tokens[j].IsComma))
            j++; // "ونقلت صحيفة كومرسانت اليومية، عن مصادر عسكرية قولها"
        if (j >= limit)
            return false;
        if (_doc.Key(j) == "عن")
        {
            speaker = ParsePhrase(j + 1, limit);
            j = speaker?.Next ?? j + 1;
        }
        else if (_doc.Key(j) == "علي" && j + 1 < limit && _doc.Key(j + 1) == "لسان")
        {
            speaker = ParsePhrase(j + 2, limit); // "نقل الموقع الرسمي لحماس على لسان هنية قوله"
            j = speaker?.Next ?? j + 2;
        }
        else if (_doc.Key(j) is "عنه" or "عنها" or "عنهم")
        {
            speaker = null;
            j++;
        }
        else
        {
            return false;
        }
        if (j < limit && _doc.Tokens[j].IsWord && _lex.TryCue(_doc.Key(j), out var noun, out var prefix) && noun.Entry.Has(CueFlags.Say) && noun.Form == CueForm.Noun)
        {
            cue = noun;
            cueToken = j;
            cueText = CueText(j, prefix);
            j++;
        }
        return true;
    }

    /// <summary>The speaker of a saying noun: "عن X قوله", else the subject of its clause ("واختتم الحقباني بقوله").</summary>
    private SpeakerPhrase? SpeakerBeforeNoun(int i)
    {
        var start = SentenceStart(i);
        for (var k = i - 1; k >= start && k >= i - 8; k--)
        {
            if (_doc.Key(k) == "عن")
            {
                var phrase = ParsePhrase(k + 1, i);
                return phrase is not null && phrase.Last == i - 1 ? phrase : null;
            }
            if (!_doc.Tokens[k].IsWord)
                break;
        }
        var subject = ClauseSubject(ClauseStart(i), i);
        return subject is not null && subject.Next >= i - 1 ? subject : null;
    }
}
