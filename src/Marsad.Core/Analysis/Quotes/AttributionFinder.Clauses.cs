namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// Where reported content ends: the end of its sentence, or before a comma that opens a framing adjunct
    /// ("، وذلك خلال …"، "، من دون …") or a postposed attribution, or before the next cue that starts a clause
    /// (a participle such as مشيراً, a و-verb after a comma or with its marker right after it: "ودعت إلى").
    /// Quoted words inside the content never end it.
    /// </summary>
    private int ReportedEnd(int s)
    {
        var last = _doc.ParagraphLast(s);
        var sentence = _doc.Tokens[s].Sentence;
        for (var j = s; j <= last; j++)
        {
            ref readonly var t = ref _doc.Tokens[j];
            if (t.Sentence != sentence)
                return j;
            if (t.Type == QTokenType.OpenQuote && t.Quote >= 0)
            {
                j = _doc.Quotes[t.Quote].Close;
                continue;
            }
            if (j == s)
                continue;
            if (t.IsComma && j + 1 <= last && EndsClauseAfterComma(j + 1, last))
                return j;
            if (t.IsWord && (StartsClauseCue(j, afterComma: false) || AdjunctAt(j, last, alwaysOnly: true) || PostposedOpenerAt(j, last + 1) > 0))
                return j > s + 1 && IsClauseConjunction(_doc.Key(j - 1)) ? j - 1 : j;
            if (t.IsWord && IsClauseConjunction(t.Key) && NegatedCueAt(j + 1, last))
                return j; // "أكد … إصابة المستشفى لكنه لم يعلن عن حصيلة": a new clause that reports nothing
        }
        return last + 1;
    }

    /// <summary>A negation and a cue at <paramref name="k"/>: "لم يعلن"، "لا يذكر".</summary>
    private bool NegatedCueAt(int k, int last) =>
        k + 1 <= last && _doc.Tokens[k].IsWord && _doc.Key(k) is "لم" or "لن" or "لا" && _doc.Tokens[k + 1].IsWord
        && _lex.TryCue(_doc.Key(k + 1), out _, out _);

    /// <summary>A word that opens a new clause before a verb: ولكنه، لكنها، كما، فيما، بينما.</summary>
    private static bool IsClauseConjunction(string key) =>
        key is "ولكنه" or "لكنه" or "لكنها" or "ولكنها" or "كما" or "فيما" or "بينما" or "وكما" or "اذ";

    private bool EndsClauseAfterComma(int k, int last) =>
        _doc.Tokens[k].IsWord && (StartsClauseCue(k, afterComma: true) || AdjunctAt(k, last, alwaysOnly: false) || PostposedOpenerAt(k, last + 1) > 0);

    /// <summary>A framing adjunct at <paramref name="k"/> (adjuncts.txt).</summary>
    private bool AdjunctAt(int k, int last, bool alwaysOnly)
    {
        foreach (var (words, always) in _lex.Adjuncts)
        {
            if ((always || !alwaysOnly) && MatchesWords(k, last + 1, words, stripConjunction: !always))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Does a new attribution start at <paramref name="j"/>? A participle cue always; a و/ف-verb after a comma or with
    /// its marker right after it; any verb after "ولكنه/لكنه/كما"; a saying noun with ب (بقوله).
    /// </summary>
    private bool StartsClauseCue(int j, bool afterComma)
    {
        if (!_lex.TryCue(_doc.Key(j), out var cue, out var prefix) || !ContextAllows(j, cue))
            return false;
        if (cue.Form == CueForm.Participle)
            return ParticipleStartsClause(j, cue);
        if (cue.Form == CueForm.Noun)
            return cue.Entry.Has(CueFlags.Say) && prefix > 0;
        var previous = j > 0 && _doc.Tokens[j - 1].IsWord ? _doc.Key(j - 1) : "";
        if (IsClauseConjunction(previous))
            return MarkerSoon(j + 1, cue, 12);
        if (prefix == 0)
            return false;
        if (afterComma)
            return !cue.Entry.Has(CueFlags.Strict) || MarkerSoon(j + 1, cue, 12);
        return j + 1 < _doc.Count && (PrecedesMarker(j + 1) || (_doc.Tokens[j + 1].IsWord && IsLink(j + 1, cue)));
    }

    /// <summary>
    /// Unquoted speech after a colon runs to the end of the paragraph, or to the end of the sentence before a framing
    /// sentence (one with its own cue and colon or complementizer: "وأضاف: …"، "وحول … قال: …").
    /// </summary>
    private int ColonEnd(int s)
    {
        var last = _doc.ParagraphLast(s);
        var j = s;
        while (true)
        {
            var sentence = _doc.Tokens[j].Sentence;
            while (j <= last && _doc.Tokens[j].Sentence == sentence)
                j++;
            if (j > last)
                return last + 1;
            if (IsFramingSentence(j))
                return j;
        }
    }

    private bool IsFramingSentence(int k)
    {
        var limit = SentenceLimit(k);
        for (var j = k; j < limit && j < k + 30; j++)
        {
            ref readonly var t = ref _doc.Tokens[j];
            if (t.Quote >= 0 || !t.IsWord || !_lex.TryCue(t.Key, out var cue, out var prefix) || !ContextAllows(j, cue))
                continue;
            if ((j == k && prefix > 0) || MarkerSoon(j + 1, cue, 15))
                return true;
        }
        return false;
    }

    /// <summary>Start of the clause that contains <paramref name="i"/>: after the last comma of its sentence, or the sentence start.</summary>
    private int ClauseStart(int i)
    {
        var start = SentenceStart(i);
        for (var k = i - 1; k > start; k--)
        {
            if (_doc.Tokens[k].IsComma && _doc.Tokens[k].Quote < 0)
                return k + 1;
        }
        return start;
    }

    /// <summary>
    /// The subject of the clause starting at <paramref name="start"/>, read as verb–subject ("وشكك معهد بحثي …"، "كما اضطر
    /// البروفسور ساها …") or after كان ("وكان والد الشهيد …"). Null when the clause opens with something else.
    /// </summary>
    private SpeakerPhrase? ClauseSubject(int start, int before)
    {
        var k = start;
        while (k < before && _doc.Tokens[k].IsWord && (QuoteLexicon.StripConjunction(_doc.Key(k)) is "كما" or "ثم" or "فيما" or "بينما" or "حيث" or "قد" or "لقد"
            || _doc.Key(k) is "فقد" or "وقد"))
            k++;
        if (k >= before || !_doc.Tokens[k].IsWord)
            return null;
        var head = QuoteLexicon.StripConjunction(_doc.Key(k));
        if (head is not ("كان" or "كانت" or "كانوا") && (_lex.IsFunctionWord(_doc.Key(k)) || _lex.IsTimeWord(_doc.Key(k))
            || QuoteLexicon.IsDefinite(head) || _lex.IsTitle(head) || _lex.IsCommonNoun(head)))
            return null;
        k++;
        while (k < before && _doc.Tokens[k].IsWord && _lex.IsTimeWord(_doc.Key(k)))
            k++; // "جددت أمس الخميس سفارة خادم الحرمين …"
        return ParsePhrase(k, before);
    }

    /// <summary>
    /// The subject written before a verb that has none after it: "وكان بان كي مون أعلن"، "الجيش الإسرائيلي قال إن".
    /// The phrase must fill the clause up to the verb (an optional قد between).
    /// </summary>
    private SpeakerPhrase? BackwardSubject(int i)
    {
        var start = ClauseStart(i);
        var end = i - 1;
        if (end >= start && _doc.Key(end) == "قد")
            end--;
        if (end < start)
            return null;
        if (_doc.Key(end) is "كان" or "كانت" or "كانوا")
        {
            // "أن الادعاء العام الألماني كان قد أعلن": the subject ends right before كان
            for (var k = Math.Max(start, end - 7); k < end; k++)
            {
                if (k > start && !(_doc.Tokens[k - 1].IsWord && (IsComplementizer(_doc.Key(k - 1)) || _lex.IsFunctionWord(_doc.Key(k - 1)))) && !_doc.Tokens[k - 1].IsComma)
                    continue;
                var before = ParsePhrase(k, end);
                if (before is not null && before.Last == end - 1)
                    return before;
            }
            return null;
        }
        var first = start;
        while (first < end && _doc.Tokens[first].IsWord && (IsClauseConjunction(_doc.Key(first)) || _doc.Key(first) is "ولكن" or "لكن" or "ثم" or "اذ"))
            first++;
        if (QuoteLexicon.StripConjunction(_doc.Key(first)) is "كان" or "كانت" or "كانوا")
            first++;
        if (first > end)
            return null;
        var phrase = ParsePhrase(first, end + 1);
        return phrase is not null && phrase.Next == end + 1 && phrase.Last == end ? phrase : null;
    }

    /// <summary>
    /// A cue with no speaker of its own: a participle or noun continues the attribution before it in its sentence, or
    /// the subject of its sentence; a verb after وهو/وهي the subject of its clause; otherwise the last speaker whose
    /// cue agrees in gender and number.
    /// </summary>
    private void Inherit(Attribution a, int i)
    {
        var form = a.CueWord.Form;
        if (form != CueForm.Verb)
        {
            var previous = _found.Count > 0 && _found[^1].Sentence == a.Sentence && _found[^1].CueToken < i ? _found[^1] : null;
            if (form == CueForm.Participle && PersonRightBefore(i, previous?.ContentEnd ?? SentenceStart(i)) is { } adjacent)
            {
                a.Speaker = adjacent; // "… رد عليه الرئيس الإيراني، حسن روحاني قائلا إن …"
                return;
            }
            if (previous is not null)
            {
                a.Antecedent = previous;
                return;
            }
            var start = SentenceStart(i);
            a.Speaker = ClauseSubject(start, i);
            // a participle opening its sentence ("… . مشيرة إلى أن …") goes with the subject of the sentence before
            if (a.Speaker is null && start == i && start > 0 && _doc.Tokens[start - 1].Paragraph == _doc.Tokens[i].Paragraph)
                a.Speaker = ClauseSubject(SentenceStart(start - 1), start - 1);
            // in a sentence with no statement before it, the person it names ("… إعلان الرئيس الأمريكي، دونالد ترامب،
            // انسحاب …، مشيرا …"), not the speaker of an earlier sentence
            if (a.Speaker is null && form == CueForm.Participle && start < i)
                a.Speaker = NamedPersonBefore(start, i);
        }
        else if (i > 0 && _doc.Key(i - 1) is "وهو" or "وهي" or "وهم")
        {
            a.Speaker = ClauseSubject(ClauseStart(i - 1), i - 1) ?? ClauseSubject(SentenceStart(i), i - 1);
        }
        else if (SentenceStart(i) is var start && start < i - 1)
        {
            // a pronoun verb inside a sentence continues that sentence's speaker or subject ("… ودعت إلى …"، "تصدت الدفاعات
            // الجوية السورية لما وصفته … قالت إنه …"), not a speaker from an earlier paragraph
            if (_found.Count > 0 && _found[^1].Sentence == a.Sentence && _found[^1].CueToken < i)
            {
                a.Antecedent = _found[^1];
                return;
            }
            var subject = ClauseSubject(start, i);
            // only a person or a title: a description after the verb may well be its object ("وجدد الإشارة إلى …")
            // …, or a feminine head a feminine cue agrees with ("أدانت رابطة العالم الإسلامي التصريحات … ووصفتها بالمسعورة")
            a.Speaker = subject is not null && subject.Next <= i
                && (subject.Kind is SpeakerKind.Name or SpeakerKind.Title or SpeakerKind.Outlet || AgreesFeminine(a, subject))
                ? subject : null;
        }
        if (a.Speaker is null && form == CueForm.Verb && SentenceStart(i) == i)
            a.Speaker = NarrativeSubjectBefore(i);
        if (a.Speaker is null)
            a.Antecedent = NotNamedInContent(a, LastSpeaker(a.CueWord.Gender, a.CueToken));
        if (a.Speaker is null && a.Antecedent is null)
            a.Speaker = NearestMention(i);
    }

    /// <summary>
    /// A feminine cue (ووصفتها) and the subject of a feminine verb opening the sentence, a noun ending in ة right after
    /// it ("أدانت رابطة العالم الإسلامي …"): both verbs agree with it.
    /// </summary>
    private bool AgreesFeminine(Attribution a, SpeakerPhrase subject) =>
        a.CueWord.Gender == CueGender.Feminine && subject.First > 0 && subject.First - 1 == SentenceStart(subject.First)
        && _doc.Tokens[subject.First - 1].IsWord && _doc.Key(subject.First - 1) is { Length: > 3 } verb && verb[^1] == 'ت'
        && _doc.Tokens[subject.First].IsWord && _doc.Key(subject.First) is { Length: > 2 } head && head[^1] == 'ه';

    /// <summary>
    /// A speaker does not open his own words with his name: "وتابع "ولد الشيخ كثف من اتصالاته …"" after "ومضى ولد الشيخ
    /// بالقول" is the speaker before him (who reports on ولد الشيخ). Goes back over such antecedents (a few at most).
    /// </summary>
    private Attribution? NotNamedInContent(Attribution a, Attribution? antecedent)
    {
        var start = a.CueToken;
        while (start < _doc.Count && (_doc.Tokens[start].Start < a.Start || !_doc.Tokens[start].IsWord))
            start++;
        for (var n = 0; n < 3 && antecedent?.Root.Speaker is { HasName: true } said && StartsWithName(start, said); n++)
            antecedent = LastSpeaker(a.CueWord.Gender, antecedent.CueToken) ?? antecedent;
        return antecedent;
    }

    /// <summary>The words at <paramref name="k"/> are the name of <paramref name="speaker"/> as written.</summary>
    private bool StartsWithName(int k, SpeakerPhrase speaker)
    {
        for (var n = speaker.NameFirst; n <= speaker.NameLast; n++, k++)
        {
            if (k >= _doc.Count || !_doc.Tokens[k].IsWord || _doc.Key(k) != _doc.Key(n))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "وقدم الدكتور محمد مظلوم ورقة بعنوان … . وأشار إلى أن …": a pronoun verb opening a sentence right after a
    /// narrative sentence (no statement in it) whose subject is a titled or named person refers to that person.
    /// </summary>
    private SpeakerPhrase? NarrativeSubjectBefore(int i)
    {
        if (i == 0 || _doc.Tokens[i - 1].Paragraph != _doc.Tokens[i].Paragraph)
            return null;
        var previous = _doc.Tokens[i - 1].Sentence;
        if (_found.Count > 0 && (_found[^1].Sentence == previous || _found[^1].ContentEnd >= SentenceStart(i - 1)))
            return null; // the sentence before is (part of) a statement, not narrative
        var subject = ClauseSubject(SentenceStart(i - 1), i - 1);
        return subject is { Kind: SpeakerKind.Name or SpeakerKind.Title } && subject.HasName
            || subject is { Kind: SpeakerKind.Description } && _lex.DescriptionHeads.Contains(_doc.Key(subject.First))
            ? subject : null;
    }

    /// <summary>
    /// A named person whose phrase ends right before the participle at <paramref name="i"/> (a comma between allowed)
    /// and starts at or after <paramref name="from"/>: the subject of the verb the participle goes with. The longest
    /// such phrase wins ("الرئيس الإيراني، حسن روحاني قائلا" rather than "روحاني قائلا").
    /// </summary>
    private SpeakerPhrase? PersonRightBefore(int i, int from)
    {
        var end = i > 0 && _doc.Tokens[i - 1].IsComma ? i - 1 : i;
        SpeakerPhrase? best = null;
        for (var k = end - 1; k >= from && k >= end - 12; k--)
        {
            if (!_doc.Tokens[k].IsWord && !_doc.Tokens[k].IsComma)
                break;
            if (!_doc.Tokens[k].IsWord || !(_lex.IsTitle(_doc.Key(k)) || IsKnownName(_doc.Key(k))))
                continue;
            if (ParsePhrase(k, end) is { Kind: SpeakerKind.Name, HasName: true } phrase && phrase.Last == end - 1)
                best = phrase;
        }
        return best;
    }

    /// <summary>
    /// The longest noun phrase (a title, a description, an organization) that ends right before <paramref name="i"/>,
    /// within the words after <paramref name="from"/>: "المرأة التي قالت"، "فريق الدفاع الذي قال"، "منظمة «…» الإسبانية التي قالت".
    /// </summary>
    private SpeakerPhrase? PhraseRightBefore(int i, int from)
    {
        SpeakerPhrase? best = null;
        for (var k = i - 1; k >= from && k >= i - 10; k--)
        {
            if (_doc.Tokens[k].Type == QTokenType.CloseQuote && _doc.Tokens[k].Quote >= 0)
            {
                k = _doc.Quotes[_doc.Tokens[k].Quote].Open; // a quoted name inside the phrase
                continue;
            }
            if (!_doc.Tokens[k].IsWord || _lex.IsFunctionWord(_doc.Key(k)) || _lex.TryCue(_doc.Key(k), out _, out _))
                break;
            if (ParsePhrase(k, i) is { } phrase && phrase.Last == i - 1)
                best = phrase;
        }
        return best;
    }

    /// <summary>
    /// The nearest person written between <paramref name="start"/> and <paramref name="i"/> outside quotation marks: a
    /// phrase with a name that starts with a title, a given name or a person mention of the entity step.
    /// </summary>
    private SpeakerPhrase? NamedPersonBefore(int start, int i)
    {
        for (var k = i - 1; k >= start; k--)
        {
            if (!_doc.Tokens[k].IsWord || _doc.Tokens[k].Quote >= 0 || !StartsPerson(k, i))
                continue;
            if (k > start && _doc.Tokens[k - 1].IsWord && StartsPerson(k - 1, i))
                continue; // start the phrase at its first title or name word
            if (ParsePhrase(k, i) is { HasName: true } phrase)
                return phrase;
        }
        return null;
    }

    private bool StartsPerson(int k, int limit) => _lex.IsTitle(_doc.Key(k)) || _lex.IsGivenName(_doc.Key(k)) || PersonEntityEnd(k, limit) >= k;

    /// <summary>
    /// The first statement of an article made by a pronoun cue ("حيث رحب مدير النادي بالحضور وقال: …"): the nearest
    /// title or name written before it in its sentence, else the subject of the sentence before.
    /// </summary>
    private SpeakerPhrase? NearestMention(int i)
    {
        var start = SentenceStart(i);
        for (var k = i - 1; k >= start; k--)
        {
            if (!_doc.Tokens[k].IsWord || _doc.Tokens[k].Quote >= 0)
                continue;
            var key = _doc.Key(k);
            if (!_lex.IsTitle(key) && !_lex.IsGivenName(key) && !_names.Contains(key))
                continue;
            if (k > start && _doc.Tokens[k - 1].IsWord && (_lex.IsTitle(_doc.Key(k - 1)) || _lex.IsGivenName(_doc.Key(k - 1))))
                continue; // start the phrase at its first title word
            var phrase = ParsePhrase(k, i);
            // "الدكتور عبدالله التركي، الأمين العام للرابطة، وقال فيه": a title set off by commas names the person before it
            if (phrase is { Kind: SpeakerKind.Title } && k > start && _doc.Tokens[k - 1].IsComma && PersonRightBefore(k, start) is { } named)
                return named;
            if (phrase is { Kind: SpeakerKind.Name or SpeakerKind.Title })
                return phrase;
        }
        // else the subject of the sentence before (in this paragraph or the one before it)
        return ClauseSubject(start, i) ?? (start > 0 && _doc.Tokens[start - 1].Paragraph >= _doc.Tokens[i].Paragraph - 1
            ? ClauseSubject(SentenceStart(start - 1), start - 1)
            : null);
    }
}
