namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    private enum PhraseState
    {
        None,
        Title,
        Name,
        Description,
    }

    /// <summary>
    /// Reads the speaker phrase starting at <paramref name="i"/> (the subject after a verb, or the noun after عن):
    /// honorifics are dropped, titles run on over their complements (الوزراء، الخارجية، للأمم المتحدة، بنادي النصر,
    /// coordinated titles and comma-separated title series), then the name (given names, connectors بن/عبد/آل, a
    /// definite surname ends it), or else a description (a noun with its adjectives and genitives). The phrase ends
    /// at a function, time or cue word, a common noun that opens the object, punctuation, or a title after the
    /// name (an apposition, which is recorded).
    /// </summary>
    private SpeakerPhrase? ParsePhrase(int i, int limit)
    {
        limit = Math.Min(limit, _doc.Count);
        i = SkipHonorifics(i, limit);
        if (i >= limit || !_doc.Tokens[i].IsWord)
            return null;
        var first = i;
        var state = PhraseState.None;
        int nameFirst = -1, nameLast = -1, last = -1, nameWords = 0;
        var givenSeen = false;
        for (; i < limit && i - first < 16; i++)
        {
            ref readonly var t = ref _doc.Tokens[i];
            if (t.Is('.') && state == PhraseState.Title && i > 0 && _doc.Key(i - 1).Length == 1)
                continue; // "د." for doctor
            if (t.IsComma && state == PhraseState.Title && nameFirst < 0 && ContinuesTitleSeries(i + 1, limit))
            {
                first = SkipHonorifics(i + 1, limit);
                i = first - 1;
                continue;
            }
            if (!t.IsWord)
                break;
            var key = t.Key;
            var bare = QuoteLexicon.StripConjunction(key);
            var afterConnector = nameLast >= 0 && nameLast == i - 1 && _lex.IsConnector(_doc.Key(i - 1));
            if (afterConnector)
            {
                nameLast = last = i;
                continue;
            }
            var nameWord = IsNameWord(i);
            if (state == PhraseState.Title && key == "لدي")
            {
                last = i; // "مندوبها الدائم لدى الجامعة العربية"
                continue;
            }
            if (!nameWord && (_lex.TryCue(key, out _, out _) || _lex.IsFunctionWord(key) || _lex.IsTimeWord(key)))
                break;
            var prefixed = IsPrepositionPrefixed(key);
            var conjoined = IsConjoined(key);
            switch (state)
            {
                case PhraseState.None:
                    if (prefixed || conjoined || _lex.IsCommonNoun(key))
                        return null;
                    if (_lex.IsTitle(key))
                    {
                        state = PhraseState.Title;
                    }
                    else if (_lex.IsConnector(key) || _lex.IsGivenName(key) || nameWord || _names.Contains(key))
                    {
                        state = PhraseState.Name;
                        nameFirst = nameLast = i;
                        nameWords = 1;
                        givenSeen = !_names.Contains(key) || _lex.IsGivenName(key);
                    }
                    else if (QuoteLexicon.IsDefinite(key) || StartsDescription(i, limit))
                    {
                        state = PhraseState.Description;
                    }
                    else
                    {
                        state = PhraseState.Name;
                        nameFirst = nameLast = i;
                        nameWords = 1;
                    }
                    last = i;
                    continue;
                case PhraseState.Title:
                    if (_lex.IsTitle(key) || key == "لدي" || (QuoteLexicon.IsDefinite(key) && !_lex.IsCommonNoun(key))
                        || prefixed || (conjoined && (QuoteLexicon.IsDefinite(bare) || _lex.IsTitle(bare))))
                    {
                        last = i;
                        continue;
                    }
                    if (conjoined || _lex.IsCommonNoun(key))
                        break;
                    if (!nameWord && !_lex.IsConnector(key) && !_lex.IsGivenName(key) && (IsAdjectiveLike(key) || NextIsDefiniteWord(i, limit)))
                    {
                        last = i; // "مسؤول أمريكي", a construct inside the title: "مدير كرة القدم"
                        continue;
                    }
                    state = PhraseState.Name;
                    nameFirst = nameLast = last = i;
                    nameWords = 1;
                    givenSeen = _lex.IsGivenName(key) || _lex.IsConnector(key) || nameWord;
                    continue;
                case PhraseState.Name:
                    if (_lex.IsConnector(key))
                    {
                        nameLast = last = i;
                        continue;
                    }
                    // a name rarely goes on with a word glued to و/ل/ب (لاستئصال، وإصابته) unless it is itself a known name
                    if (_lex.IsTitle(key) || prefixed || (key.Length > 3 && key[0] is 'و' or 'ل' or 'ب' && !_lex.IsGivenName(key) && !_names.Contains(key))
                        || _lex.IsCommonNoun(key) || nameWords >= 4)
                        break;
                    if (QuoteLexicon.IsDefinite(key))
                    {
                        if (!givenSeen)
                            break;
                        nameLast = last = i;
                        i++;
                        goto done;
                    }
                    nameLast = last = i;
                    nameWords++;
                    givenSeen |= _lex.IsGivenName(key) || nameWord;
                    continue;
                case PhraseState.Description:
                    if ((QuoteLexicon.IsDefinite(key) && !_lex.IsCommonNoun(key)) || (conjoined && QuoteLexicon.IsDefinite(bare))
                        || (!QuoteLexicon.IsDefinite(_doc.Key(last)) && !prefixed && !conjoined && IsAdjectiveLike(key)))
                    {
                        if (i - first >= 6)
                            break;
                        last = i;
                        continue;
                    }
                    break;
            }
            break;
        }
    done:
        if (last < first)
            return null;
        var kind = nameFirst >= 0 ? SpeakerKind.Name : state == PhraseState.Title ? SpeakerKind.Title : SpeakerKind.Description;
        var next = last + 1;
        int appFirst = -1, appLast = -1;
        if (kind == SpeakerKind.Name && next < limit && _doc.Tokens[next].IsWord && _lex.IsTitle(_doc.Key(next)))
        {
            var apposition = ParsePhrase(next, limit);
            if (apposition is not null)
            {
                appFirst = apposition.First;
                appLast = apposition.HasName ? apposition.NameFirst - 1 : apposition.Last;
                next = apposition.Next;
            }
        }
        for (var k = nameFirst; k >= 0 && k <= nameLast; k++)
        {
            if (!_lex.IsConnector(_doc.Key(k)))
                _names.Add(_doc.Key(k));
        }
        return new SpeakerPhrase(first, last, nameFirst, nameLast, kind) { AppositionFirst = appFirst, AppositionLast = appLast, Next = next };
    }

    /// <summary>
    /// A word with a glued ب/ل whose rest is a definite or known word (للأمم، بالقاهرة، لصحف، لنظيره): a genitive or
    /// an addressee, never a subject; so is one ending in ة or a pronoun (لحركة، لنظيره). Names that merely start
    /// with those letters (بنكيران، لاريجاني) are not.
    /// </summary>
    private bool IsPrepositionPrefixed(string key)
    {
        if (key.Length < 4 || key[0] is not ('ل' or 'ب'))
            return false;
        if (key.StartsWith("لل", StringComparison.Ordinal) || key.StartsWith("بال", StringComparison.Ordinal))
            return true;
        var rest = key[1..];
        return _lex.IsTitle(rest) || _lex.OutletHeads.Contains(rest) || _lex.IsCommonNoun(rest) || _lex.IsFunctionWord(rest)
            || rest.EndsWith('ه') || rest.EndsWith("ها", StringComparison.Ordinal) || rest.EndsWith("هم", StringComparison.Ordinal);
    }

    /// <summary>و glued to a definite or known word (والأمن، ومندوبها): a coordination, not a word that starts with و (وزير، وكالة).</summary>
    private bool IsConjoined(string key)
    {
        if (key.Length < 4 || key[0] != 'و' || _lex.IsTitle(key) || _lex.IsGivenName(key) || _lex.OutletHeads.Contains(key))
            return false;
        var bare = key[1..];
        return QuoteLexicon.IsDefinite(bare) || _lex.IsTitle(bare) || _lex.IsCommonNoun(bare) || _lex.IsFunctionWord(bare);
    }

    /// <summary>
    /// Words that fold onto a function word but are a name here: "علي" written with yeh (the name, not the preposition
    /// على) after a title or before a name word, and "بان" of "بان كي مون" (not the complementizer بأن).
    /// </summary>
    private bool IsNameWord(int i)
    {
        var key = _doc.Key(i);
        if (key == "بان")
            return i + 1 < _doc.Count && _doc.Key(i + 1) == "كي";
        if (key != "علي" || !_doc.Surface(i).EndsWith('ي'))
            return false;
        var next = i + 1 < _doc.Count && _doc.Tokens[i + 1].IsWord ? _doc.Key(i + 1) : "";
        var previous = i > 0 && _doc.Tokens[i - 1].IsWord ? _doc.Key(i - 1) : "";
        return (next.Length > 0 && !_lex.IsFunctionWord(next) && !QuoteLexicon.IsDefinite(next))
            || (previous.Length > 0 && (_lex.IsTitle(previous) || QuoteLexicon.IsDefinite(previous) || _lex.IsGivenName(previous)));
    }

    /// <summary>After a comma inside a title: does a further title (or the name) follow? (… لدى الجامعة العربية، عميد …، السفير أحمد …)</summary>
    private bool ContinuesTitleSeries(int i, int limit)
    {
        i = SkipHonorifics(i, limit);
        return i < limit && _doc.Tokens[i].IsWord && _lex.IsTitle(_doc.Key(i)) && !_lex.IsFunctionWord(_doc.Key(i));
    }

    private int SkipHonorifics(int i, int limit)
    {
        foreach (var honorific in _lex.Honorifics)
        {
            if (MatchesWords(i, limit, honorific, stripConjunction: true))
                return i + honorific.Length;
        }
        return i;
    }

    /// <summary>An indefinite head with an adjective after it: "مسؤولون طبيون", "جماعة سلفية", "معهد بحثي".</summary>
    private bool StartsDescription(int i, int limit) =>
        !_names.Contains(_doc.Key(i)) && i + 1 < limit && _doc.Tokens[i + 1].IsWord && !_lex.IsFunctionWord(_doc.Key(i + 1))
        && !_lex.IsTimeWord(_doc.Key(i + 1))
        && ((IsAdjectiveLike(_doc.Key(i + 1)) && !_lex.IsGivenName(_doc.Key(i + 1)))
            || (NextIsDefiniteWord(i, limit) && _lex.IsDescriptionHead(_doc.Key(i))));

    private bool NextIsDefiniteWord(int i, int limit) =>
        i + 1 < limit && _doc.Tokens[i + 1].IsWord && QuoteLexicon.IsDefinite(_doc.Key(i + 1))
        && !_lex.IsFunctionWord(_doc.Key(i + 1)) && !_lex.IsTimeWord(_doc.Key(i + 1)) && !_lex.TryCue(_doc.Key(i + 1), out _, out _);

    /// <summary>An indefinite nisba adjective or plural: ends in ي، ية، يون، يين.</summary>
    private static bool IsAdjectiveLike(string key) =>
        !QuoteLexicon.IsDefinite(key) && key.Length > 3
        && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal) || key.EndsWith("يون", StringComparison.Ordinal)
            || key.EndsWith("يين", StringComparison.Ordinal));

    /// <summary>True when the words at <paramref name="i"/> are <paramref name="words"/> (folded).</summary>
    private bool MatchesWords(int i, int limit, string[] words, bool stripConjunction = false)
    {
        if (i + words.Length > limit)
            return false;
        for (var k = 0; k < words.Length; k++)
        {
            if (!_doc.Tokens[i + k].IsWord)
                return false;
            var key = _doc.Key(i + k);
            if (key != words[k] && !(k == 0 && stripConjunction && QuoteLexicon.StripConjunction(key) == words[k]))
                return false;
        }
        return true;
    }

    /// <summary>The speaker string as written: from the phrase's first token (a glued و/ف or preposition dropped) to its last.</summary>
    public string SpeakerText(SpeakerPhrase phrase)
    {
        var start = _doc.Tokens[phrase.First].Start + phrase.SkipChars;
        var key = _doc.Key(phrase.First);
        if (phrase.SkipChars == 0 && IsConjoined(key))
            start++;
        return _doc.Text[start.._doc.Tokens[phrase.Last].End];
    }
}
