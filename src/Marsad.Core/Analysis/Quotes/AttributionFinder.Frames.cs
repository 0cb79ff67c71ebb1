namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    private enum MarkerKind
    {
        None,
        Complementizer,
        Link,
        Colon,
        Quote,

        /// <summary>A saying word (قائلا، بقوله) comes first: it takes over as the cue.</summary>
        Yield,
    }

    private readonly record struct Marker(MarkerKind Kind, int Token);

    /// <summary>What a frame says besides the speaker: the outlet, and whether it is another occasion.</summary>
    private sealed class FrameInfo
    {
        public string? Via { get; set; }

        public bool OtherOccasion { get; set; }
    }

    /// <summary>
    /// Walks the frame from <paramref name="from"/> to the first content marker. Quoted names in the frame (“آسيان”,
    /// “تويتر”, ل"الرياض") are stepped over and read for the outlet; a quoted span is the content when it comes
    /// first, or has three words or more, or the cue names or takes quoted words only.
    /// </summary>
    private Marker ScanMarker(int from, int limit, CueWord cue, FrameInfo info)
    {
        var first = true;
        for (var j = from; j < limit; j++)
        {
            ref readonly var t = ref _doc.Tokens[j];
            if (t.Type == QTokenType.OpenQuote && t.Quote >= 0)
            {
                var span = _doc.Quotes[t.Quote];
                var words = WordsIn(span);
                // a short quoted name: after an outlet head (قناة "إيه آر دي"), or right after the speaker with the
                // content marker after it (مصادر "الوطن" إلى …)
                var named = span.Closed && words <= 4 && j > 0 && _doc.Tokens[j - 1].IsWord
                    && (IsOutletHead(_doc.Key(j - 1)) || _doc.Key(j - 1) == "ل" || (j == from && words <= 3 && span.Close + 1 < limit && PrecedesMarker(span.Close + 1, cue)));
                if (!named && cue.Entry.Has(CueFlags.Name) && !AfterBa(j) && NextQuoteAfterBa(span.Close + 1, limit) is var later && later > 0)
                {
                    j = later - 1; // "ووصف قائد الطائرة … لطائرة "باتيك إير" … ب"الملاك المرشد"": the term is the one after بـ
                    continue;
                }
                if (!named && (cue.Entry.Has(CueFlags.Name) || RequiresQuote(cue) || j == from || words >= 3 || !span.Closed
                    || PrecedesContent(j - 1, cue)))
                    return new Marker(MarkerKind.Quote, j);
                if (named && _doc.Key(j - 1) == "ل")
                    ReadQuotedName(j, span, info);
                else if (named && IsOutletHead(_doc.Key(j - 1)) && !IsJournal(_doc.Key(j - 1)))
                    info.Via ??= _doc.Text[(_doc.Tokens[j - 1].Start + (_doc.Key(j - 1)[0] is 'ل' or 'ب' ? 1 : 0))..span.InnerEnd].Trim() + _doc.Surface(span.Close);
                else if (named && QuoteLexicon.StripArticle(_doc.Key(j - 1)) is "مصادر" or "مصدر")
                    info.Via ??= _doc.Text[span.InnerStart..span.InnerEnd].Trim();
                else
                    ReadQuotedName(j, span, info);
                j = span.Close;
                continue;
            }
            if (t.Is(':'))
                return new Marker(MarkerKind.Colon, j);
            // an em dash that opens the words ("وقال الوزير — نحن …") is a colon; one that opens an aside is skipped
            if (t.IsDash && (j == from || _doc.Tokens[j - 1].IsComma) && SkipParenthetical(j, limit) == j && IntroducesSpeech(j, limit))
                return new Marker(MarkerKind.Colon, j);
            if (!t.IsWord)
            {
                j = SkipParenthetical(j, limit);
                continue;
            }
            var key = t.Key;
            if (IsComplementizer(key) && !AfterAdjunctWord(j) && !IsNameWord(j))
                return new Marker(MarkerKind.Complementizer, j);
            // "أكد المتحدث …، استمرار التنبيه …"، "وأكد الأطباء حاجته إلى …": an everyday noun right after the speaker is
            // the object, a later complementizer or preposition belongs to it
            if (first && cue.Entry.Has(CueFlags.Object) && _lex.IsCommonNoun(key))
                return new Marker(MarkerKind.None, -1);
            first &= _lex.IsTimeWord(key);
            if (key is "الا" or "بالا" && j == from)
                return new Marker(MarkerKind.Complementizer, j);
            if (IsLink(j, cue))
                return new Marker(MarkerKind.Link, j);
            if (_lex.TryCue(key, out var other, out var prefix))
            {
                // a saying word takes over: "قائلا"، "بقوله"، and an unprefixed "يقول/تقول" after the subject ("وكتب أحد أصدقائها يقول:")
                if (other.Entry.Has(CueFlags.Say) && (other.Form != CueForm.Verb || (prefix == 0 && _doc.Key(j)[0] is 'ي' or 'ت')))
                    return new Marker(MarkerKind.Yield, j);
                if (other.Form is CueForm.Participle or CueForm.Noun || (other.Form == CueForm.Verb && prefix > 0 && !InPostposed(j)))
                    break;
            }
            if (TryPostposedVia(j, limit, info, out var after))
            {
                j = after - 1;
                continue;
            }
            ReadFrameWord(j, limit, info);
        }
        return new Marker(MarkerKind.None, -1);
    }

    private static bool IsComplementizer(string key) => key is "ان" or "انه" or "انها" or "انهم" or "انهما" or "اننا" or "انني" or "اني"
        or "بان" or "بانه" or "بانها" or "بانهم" or "بانهما" or "باننا";

    /// <summary>أن after بعد/قبل/دون/منذ/حتى belongs to an adjunct ("بعد أن وصل"), not to the cue.</summary>
    private bool AfterAdjunctWord(int j) =>
        j > 0 && _doc.Tokens[j - 1].IsWord && QuoteLexicon.StripConjunction(_doc.Key(j - 1)) is "بعد" or "قبل" or "دون" or "منذ" or "حتي" or "بدون" or "من";

    /// <summary>A colon, complementizer or the cue's preposition just before <paramref name="j"/>.</summary>
    private bool PrecedesContent(int j, CueWord cue) =>
        j >= 0 && (_doc.Tokens[j].Is(':') || (_doc.Tokens[j].IsWord && (IsComplementizer(_doc.Key(j)) || cue.Entry.Links.Contains(_doc.Key(j)))));

    /// <summary>
    /// The cue's own preposition, standing alone (إلى، على، عن، من) or glued (بضرورة، لتشكيل). Fixed adjunct phrases
    /// that begin with the same preposition ("على هامش"، "من جهته") do not count.
    /// </summary>
    private bool IsLink(int j, CueWord cue)
    {
        if (cue.Entry.Links.Count == 0)
            return false;
        var key = _doc.Key(j);
        if (cue.Entry.Links.Contains(key))
            return !StartsFramePhrase(j);
        if (key.Length < 3 || !cue.Entry.Links.Contains(key[..1]) || _lex.IsFunctionWord(key) || _lex.IsConnector(key)
            || _lex.IsGivenName(key) || _lex.TryCue(key, out _, out _))
            return false;
        // the preposition glued to what it introduces: a definite word (بالعمل), an everyday noun (بضرورة) or a verbal
        // noun of the derived forms (بإطلاق، بتشكيل، لاستعادة); a glued ب on anything else (بمنطقة) is an adjunct
        var rest = key.StartsWith("لل", StringComparison.Ordinal) ? "ا" + key[1..] : key[1..];
        if (_lex.IsTitle(rest) || _lex.OutletHeads.Contains(rest) || _lex.IsTimeWord(rest) || rest == "اسم")
            return false;
        return QuoteLexicon.IsDefinite(rest) || _lex.IsCommonNoun(rest) || (rest.Length >= 4 && rest[0] is 'ا' or 'ت');
    }

    /// <summary>
    /// A parenthetical in a frame — "-وهو رجل دين … يندر أن يتحدى أحد سلطته علنا-" or "(…)" — is stepped over whole, so a
    /// complementizer inside it is not taken for the cue's. Returns the index of its closing mark (or <paramref name="j"/>).
    /// </summary>
    private int SkipParenthetical(int j, int limit)
    {
        ref readonly var t = ref _doc.Tokens[j];
        var close = t.Is('(') ? ")" : t.IsDash && j + 1 < limit && _doc.Tokens[j + 1].IsWord && _doc.Tokens[j + 1].Start == t.End ? t.Key : null;
        if (close is null)
            return j;
        for (var k = j + 1; k < limit && k <= j + 25; k++)
        {
            if (_doc.Key(k) == close || (close != ")" && _doc.Tokens[k].IsDash))
                return k;
        }
        return j;
    }

    private bool AfterBa(int open) =>
        open > 0 && _doc.Tokens[open - 1].IsWord && (_doc.Key(open - 1) == "ب" || _doc.Key(open - 1) is "بانه" or "بانها" or "بانهم");

    /// <summary>The opening mark of a later quote in the frame that follows بـ, or -1.</summary>
    private int NextQuoteAfterBa(int from, int limit)
    {
        for (var k = from; k < limit; k++)
        {
            if (_doc.Tokens[k].Type == QTokenType.OpenQuote && AfterBa(k))
                return k;
        }
        return -1;
    }

    /// <summary>A dash with no closing dash before the sentence ends, followed by words: it introduces speech.</summary>
    private bool IntroducesSpeech(int j, int limit)
    {
        if (j + 1 >= limit || !(_doc.Tokens[j + 1].IsWord || _doc.Tokens[j + 1].Type == QTokenType.OpenQuote))
            return false;
        for (var k = j + 1; k < limit; k++)
        {
            if (_doc.Tokens[k].IsDash)
                return false;
        }
        return true;
    }

    /// <summary>
    /// A scientific periodical (في دورية "ميديكال جورنال …"): it names a quoted title, but research published there is
    /// not a statement given to a news outlet, so it is no via.
    /// </summary>
    private static bool IsJournal(string key) => QuoteLexicon.StripConjunction(key) is "دوريه" or "بدوريه" or "لدوريه";

    /// <summary>An outlet head, bare or after ل/ب/على (قناة، لصحيفة، بقناة).</summary>
    private bool IsOutletHead(string key) =>
        _lex.OutletHeads.Contains(key) || (key.Length > 3 && key[0] is 'ل' or 'ب' && _lex.OutletHeads.Contains(key[1..]));

    /// <summary>A fixed prepositional phrase at <paramref name="j"/> (frame-phrases.txt): على هامش، من جهته …</summary>
    private bool StartsFramePhrase(int j)
    {
        foreach (var phrase in _lex.FramePhrases)
        {
            if (MatchesWords(j, _doc.Count, phrase))
                return true;
        }
        return false;
    }

    /// <summary>Number of word tokens inside a quoted span.</summary>
    private int WordsIn(QuotedSpan span)
    {
        var n = 0;
        for (var k = span.Open + 1; k < span.Close; k++)
        {
            if (_doc.Tokens[k].IsWord || _doc.Tokens[k].Type == QTokenType.Number)
                n++;
        }
        return span.Closed ? n : n + 1;
    }

    /// <summary>The first token index of the next sentence (or past the paragraph).</summary>
    private int SentenceLimit(int i)
    {
        var last = _doc.ParagraphLast(i);
        var sentence = _doc.Tokens[i].Sentence;
        var j = i;
        while (j <= last && _doc.Tokens[j].Sentence == sentence)
            j++;
        return j;
    }

    /// <summary>First token of the sentence that contains <paramref name="i"/>.</summary>
    private int SentenceStart(int i)
    {
        var first = _doc.Paragraphs[_doc.Tokens[i].Paragraph].First;
        var sentence = _doc.Tokens[i].Sentence;
        var j = i;
        while (j > first && _doc.Tokens[j - 1].Sentence == sentence)
            j--;
        return j;
    }

    /// <summary>Does a content marker follow within a few tokens of <paramref name="j"/> (a short frame, for cues inside a clause)?</summary>
    private bool MarkerSoon(int j, CueWord cue, int within)
    {
        var limit = Math.Min(SentenceLimit(Math.Min(j, _doc.Count - 1)), j + within);
        for (var k = j; k < limit; k++)
        {
            ref readonly var t = ref _doc.Tokens[k];
            if (t.Type == QTokenType.OpenQuote || t.Is(':'))
                return true;
            if (!t.IsWord)
                continue;
            if (IsComplementizer(t.Key) && !AfterAdjunctWord(k))
                return true;
            if (IsLink(k, cue))
                return true;
            if (_lex.TryCue(t.Key, out _, out _))
                return false;
        }
        return false;
    }
}
