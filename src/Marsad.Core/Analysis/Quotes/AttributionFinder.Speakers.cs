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
        var outlet = _lex.OutletHeads.Contains(_doc.Key(i)) ? OutletAt(i, limit, stripLam: false) : null;
        if (outlet is { } o && o.Next > i + 1)
            return new SpeakerPhrase(i, o.Next - 1, -1, -1, SpeakerKind.Outlet) { Next = o.Next };
        if (_entities.TryAt(i, out var entityLast, out var entityType, out _) && entityLast < limit && entityType is "PER" or "ORG"
            && TrimEntity(i, entityLast) is var trimmed && trimmed >= i)
            return EntityPhrase(i, entityType == "PER" ? ExtendName(trimmed, limit) : trimmed, entityType, limit);
        var first = i;
        var state = PhraseState.None;
        int nameFirst = -1, nameLast = -1, last = -1, nameWords = 0;
        var givenSeen = false;
        for (; i < limit && i - first < 24; i++)
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
            if (t.IsComma && state == PhraseState.Description && i + 1 < limit && _doc.Tokens[i + 1].IsWord
                && (_lex.IsGivenName(_doc.Key(i + 1)) || PersonEntityEnd(i + 1, limit) > i) && ContinuesTitleSeries(i + 1, limit))
            {
                first = i + 1; // "أحد أفراد الحرس الوطني، محمد حسن الحارثي،": the name after the comma is the speaker
                state = PhraseState.None;
                i = first - 1;
                continue;
            }
            // a name in quotation marks after a title: "المدير الفني «دونيس»"
            if (t.Type == QTokenType.OpenQuote && state == PhraseState.Title && t.Quote >= 0 && _doc.Quotes[t.Quote] is { Closed: true } named
                && WordsIn(named) <= 3 && named.Close > i + 1)
            {
                nameFirst = i + 1;
                nameLast = named.Close - 1;
                last = named.Close;
                i = named.Close + 1;
                goto done;
            }
            if (state == PhraseState.Name && nameLast == i - 1 && i + 1 < limit && GluedDash(i))
            {
                nameLast = last = i + 1; // a hyphenated name ends with its second part: "تشونغ مونغ-جون"، "لي يون-تيك"
                i += 2;
                goto done;
            }
            if (!t.IsWord)
                break;
            var key = t.Key;
            var bare = QuoteLexicon.StripConjunction(key);
            if (state == PhraseState.None && key is "احد" or "احدي" && i + 1 < limit && _doc.Tokens[i + 1].IsWord
                && !_lex.IsFunctionWord(_doc.Key(i + 1)) && !_lex.IsTimeWord(_doc.Key(i + 1)) && !_lex.TryCue(_doc.Key(i + 1), out _, out _))
            {
                state = PhraseState.Description; // "أحد المنتقدين"، "أحد أفراد الحرس الوطني": one of a group
                last = i;
                continue;
            }
            if (nameLast >= 0 && nameLast == i - 1 && _lex.IsConnector(_doc.Key(i - 1)))
            {
                nameLast = last = i; // the word after بن/عبد/آل belongs to the name whatever it looks like
                if (_doc.Key(i - 1) == "ال")
                {
                    i++;
                    goto done; // a family name with آل ends the name: صالح آل سالم
                }
                continue;
            }
            if (state is PhraseState.Title or PhraseState.Name && SkipHonorifics(i, limit) is var skipped && skipped > i)
            {
                i = skipped - 1; // "الرئيس التنفيذي للهيئة الملكية بينبع سعادة الدكتور …"
                continue;
            }
            var nameWord = IsNameWord(i);
            if ((state == PhraseState.Title && key == "لدي") || (state is PhraseState.Title or PhraseState.Description && (key == "في" && i + 1 < limit
                && ((_lex.DescriptionHeads.Contains(_doc.Key(i + 1)) && !IsDocumentWord(_doc.Key(i + 1)))
                || (i + 2 < limit && _doc.Tokens[i + 1].IsWord && !_lex.IsFunctionWord(_doc.Key(i + 1)) && _doc.Tokens[i + 2].IsWord
                    && (_lex.IsTitle(_doc.Key(i + 2)) || _lex.IsGivenName(_doc.Key(i + 2))))))))
            {
                last = i; // "مندوبها الدائم لدى الجامعة العربية", "مدير العمليات في شركة الشايع"
                continue;
            }
            if (state == PhraseState.Title && nameFirst < 0 && key == "في" && PlaceBeforeName(i + 1, limit) is var place && place > i)
            {
                last = i = place; // "السفير السعودي في واشنطن، الأمير خالد بن سلمان": the post's place, then the name
                continue;
            }
            if (state == PhraseState.Title && key == "سابقا" && i + 1 < limit && _doc.Tokens[i + 1].IsWord
                && (_lex.IsTitle(_doc.Key(i + 1)) || _lex.IsGivenName(_doc.Key(i + 1)) || PersonEntityEnd(i + 1, limit) > i))
            {
                last = i; // "إمام الحرم المكي سابقًا الشيخ عادل الكلباني"
                continue;
            }
            if (state == PhraseState.Title && nameFirst < 0 && key is "عن" or "من" or "علي" or "الي" && !nameWord
                && PrepositionalComplementBeforePerson(i, limit) is var complemented && complemented > i)
            {
                // "الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ الدكتور عبدالرحمن بن عبدالله السند": a
                // preposition inside the title's complement, then the person the entity step tagged
                nameFirst = complemented;
                nameLast = last = PersonEntityEnd(complemented, limit);
                i = nameLast + 1;
                goto done;
            }
            if (!nameWord && (_lex.TryCue(key, out _, out _) || _lex.IsFunctionWord(key) || _lex.IsTimeWord(key)))
                break;
            if (state == PhraseState.Title && key == "باسم" && i > first
                && (IsSpokesman(_doc.Key(i - 1)) || (i - 2 >= first && IsSpokesman(_doc.Key(i - 2)))))
            {
                last = i; // "المتحدث باسم الشرطة" (not the given name باسم)
                continue;
            }
            var prefixed = IsPrepositionPrefixed(key);
            var conjoined = IsConjoined(key);
            var known = nameWord || _lex.IsConnector(key) || _lex.IsGivenName(key) || _names.Contains(key);
            switch (state)
            {
                case PhraseState.None:
                    if (prefixed || conjoined || _lex.IsCommonNoun(key) || IsAccusative(i) || IsCircumstantial(i))
                        return null;
                    if (_lex.IsTitle(key))
                    {
                        state = PhraseState.Title;
                    }
                    else if (known)
                    {
                        state = PhraseState.Name;
                        nameFirst = nameLast = i;
                        nameWords = 1;
                        givenSeen = !_names.Contains(key) || _lex.IsGivenName(key);
                    }
                    else if (QuoteLexicon.IsDefinite(key) || _lex.IsDescriptionHead(key) || StartsDescription(i, limit)
                        || (NextIsDefiniteWord(i, limit) && !_doc.Key(i + 1).EndsWith('ي') && !key.EndsWith('ي')))
                    {
                        state = PhraseState.Description; // "قصر الإليزيه" is a construct; "ضاري الشمري" a name with a nisba surname
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
                    if (IsAccusative(i))
                        break; // "أصدر النائب العام المصري بياناً": an object, not a name or a genitive
                    if (_lex.IsTitle(key) || QuoteLexicon.IsDefinite(key) || prefixed || (conjoined && (QuoteLexicon.IsDefinite(bare) || _lex.IsTitle(bare)))
                        || (key.Length > 3 && key[0] is 'ب' or 'ل' && !known && QuoteLexicon.IsDefinite(_doc.Key(i - 1)) && !key.EndsWith('ه')
                            && !key.EndsWith("ها", StringComparison.Ordinal) && !_lex.IsFunctionWord(key)))
                    {
                        last = i;
                        continue;
                    }
                    if (!conjoined && _lex.IsCommonNoun(key) && PersonAfterTitle(i, limit, stopAtTitle: true) is var later && later > i)
                    {
                        // "مدير مشروع الطرد الخيري أحمد راشد الدوسري": a title's complement may start with an everyday noun
                        nameFirst = later;
                        nameLast = last = PersonEntityEnd(later, limit);
                        i = nameLast + 1;
                        goto done;
                    }
                    if (conjoined || _lex.IsCommonNoun(key))
                        break;
                    // an indefinite nisba after an indefinite title is its adjective ("مسؤول أمريكي"); after a definite
                    // one it is a name ("الأمير جلوي"، "السابق هاري ريدناب")
                    if (!known && ((IsAdjectiveLike(key) && !QuoteLexicon.IsDefinite(_doc.Key(last))) || ConstructFollows(i, limit) || _lex.DescriptionHeads.Contains(key)
                        || (i + 2 < limit && _doc.Tokens[i + 1].IsComma && ContinuesTitleSeries(i + 2, limit))))
                    {
                        last = i; // "مسؤول أمريكي"; a construct inside the title: "مدير كرة القدم", "مدير مرور منطقة الرياض"
                        continue;
                    }
                    if (PersonEntityEnd(i, limit) is var personEnd && personEnd >= i)
                    {
                        if (PersonAfterInstitution(first, i, personEnd, limit) is var speaking && speaking > personEnd)
                        {
                            // "المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ": the first
                            // person names the institution, the second one holds the title
                            personEnd = PersonEntityEnd(speaking, limit);
                            i = speaking;
                        }
                        nameFirst = i;
                        nameLast = last = personEnd;
                        i = personEnd + 1;
                        goto done;
                    }
                    if (!known && PersonAfterTitle(i, limit) is var ahead && ahead > i)
                    {
                        // "رئيس اللجنة المنظمة لفعاليات صيف حائل 36 في متنزه السمراء السياحي علي الفايز": the title runs on
                        // over words the entity step did not tag as a person up to the person it did tag
                        nameFirst = ahead;
                        nameLast = last = PersonEntityEnd(ahead, limit);
                        i = nameLast + 1;
                        goto done;
                    }
                    state = PhraseState.Name;
                    nameFirst = nameLast = last = i;
                    nameWords = 1;
                    givenSeen = known && !_names.Contains(key) || _lex.IsGivenName(key);
                    continue;
                case PhraseState.Name:
                    if (_lex.IsConnector(key))
                    {
                        nameLast = last = i;
                        continue;
                    }
                    if (nameLast == i - 1 && QuoteLexicon.IsDefinite(_doc.Key(nameLast)) && key is not ("الدين" or "الله")
                        && (nameLast == nameFirst || !_lex.IsConnector(_doc.Key(nameLast - 1))))
                        break; // nothing follows a surname with the article: "واستعرض العمادي منحة"
                    if (_lex.IsTitle(key) || prefixed || EndsName(key) || _lex.IsCommonNoun(key) || nameWords >= 4 || IsCircumstantial(i)
                        || (_lex.DescriptionHeads.Contains(key) && !_lex.IsGivenName(key)))
                        break;
                    // "ماركوس بيكيدال مشغل الموقع": after a full name, a noun in construct opens an apposition
                    if (nameWords >= 2 && !givenSeen && !known && NextIsDefiniteWord(i, limit))
                        break;
                    if (key is "الدين" or "الله")
                    {
                        nameLast = last = i; // the second part of a compound name: تقي الدين، عطا الله
                        continue;
                    }
                    if (QuoteLexicon.IsDefinite(key))
                    {
                        if (!givenSeen)
                            break;
                        nameLast = last = i; // a definite surname ends the name: أحمد سيف اليافعي
                        i++;
                        goto done;
                    }
                    nameLast = last = i;
                    nameWords++;
                    givenSeen |= _lex.IsGivenName(key) || nameWord;
                    continue;
                case PhraseState.Description:
                    if ((last == first || OnlyNisbas(first, last)) && PersonEntityEnd(i, limit) is var namedEnd && namedEnd >= i)
                    {
                        nameFirst = i; // a nationality or one noun before a name: "الألماني يورغن كلوب"، "ابنها أليكسي"
                        nameLast = last = namedEnd;
                        i = namedEnd + 1;
                        goto done;
                    }
                    if (i - first >= 9 || _names.Contains(key))
                        break;
                    if (_lex.Titles.Contains(key) && !QuoteLexicon.IsDefinite(_doc.Key(last)))
                    {
                        last = i; // "مصدر مسؤول"
                        continue;
                    }
                    // a construct of proper names after an indefinite head: "شرطة مدينة مترو ناشفيل"
                    if (!QuoteLexicon.IsDefinite(key) && !QuoteLexicon.IsDefinite(_doc.Key(last)) && i - first < 4 && !prefixed && !conjoined
                        && !_lex.IsCommonNoun(key) && !IsAccusative(i) && !_lex.IsDescriptionHead(key) && _lex.IsDescriptionHead(_doc.Key(first)))
                    {
                        last = i;
                        continue;
                    }
                    // a ل-genitive and its noun: "المرصد السوري لحقوق الإنسان"
                    if (key.Length > 3 && key[0] == 'ل' && QuoteLexicon.IsDefinite(_doc.Key(last)) && i + 1 < limit && _doc.Tokens[i + 1].IsWord
                        && QuoteLexicon.IsDefinite(_doc.Key(i + 1)) && !_lex.IsFunctionWord(_doc.Key(i + 1)))
                    {
                        last = ++i;
                        continue;
                    }
                    // after a definite word only a definite adjective follows ("الجيش الإسرائيلي"; "المغرب الصحراء" is two nouns)
                    if ((QuoteLexicon.IsDefinite(key) && (!QuoteLexicon.IsDefinite(_doc.Key(last)) || IsDefiniteAdjective(key)))
                        || (conjoined && QuoteLexicon.IsDefinite(bare))
                        || (!QuoteLexicon.IsDefinite(_doc.Key(last)) && !prefixed && !conjoined && (IsAdjectiveLike(key) || ConstructFollows(i, limit))))
                    {
                        last = i;
                        continue;
                    }
                    break;
            }
            break;
        }
    done:
        if (last > first && last != nameLast && _doc.Key(last) == "في")
            last--; // "دائرة العلاقات الخارجية في" + a word that does not continue it
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
        else if (kind == SpeakerKind.Name && CommaApposition(next, limit) is { } titled)
        {
            (appFirst, appLast) = titled;
        }
        for (var k = nameFirst; k >= 0 && k <= nameLast; k++)
        {
            if (!_lex.IsConnector(_doc.Key(k)))
                _names.Add(_doc.Key(k));
        }
        return new SpeakerPhrase(first, last, nameFirst, nameLast, kind) { AppositionFirst = appFirst, AppositionLast = appLast, Next = next };
    }

    /// <summary>
    /// An indefinite word inside a construct chain that ends in a definite word within three words ("كرة القدم",
    /// "مرور منطقة الرياض", "اتحاد كرة القدم"): it belongs to the title or description, not to a name.
    /// </summary>
    private bool ConstructFollows(int i, int limit)
    {
        for (var k = i + 1; k < limit && k <= i + 3; k++)
        {
            if (!_doc.Tokens[k].IsWord)
                return false;
            var key = _doc.Key(k);
            if (_lex.IsFunctionWord(key) || _lex.IsTimeWord(key) || _lex.IsGivenName(key) || _lex.IsConnector(key) || _names.Contains(key)
                || _lex.IsTitle(key) || _lex.TryCue(key, out _, out _))
                return false;
            if (QuoteLexicon.IsDefinite(key))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A word glued to و, or to ل/ب before a verbal noun, a definite or a known word (وإصابته، لاستئصال، بالقاهرة):
    /// it follows a name but is not part of it. Names that merely start with those letters (بنكيران، لاريجاني) go on.
    /// </summary>
    private bool EndsName(string key)
    {
        if (key.Length < 4 || _lex.IsGivenName(key) || _names.Contains(key))
            return false;
        if (key[0] == 'و')
        {
            // "وإصابته"، "ومقره"، "وقوف": a word glued to و (or starting with it) after a name is not part of it
            return true;
        }
        if (key[0] is not ('ل' or 'ب'))
            return false;
        var rest = key[1..];
        return rest.StartsWith("است", StringComparison.Ordinal) || rest.StartsWith("ان", StringComparison.Ordinal)
            || rest.StartsWith("ت", StringComparison.Ordinal) || QuoteLexicon.IsDefinite(rest);
    }

    /// <summary>
    /// A word with a glued ب/ل whose rest is a definite or known word (للأمم، بالقاهرة، لصحف، لنظيره): a genitive or
    /// an addressee, never a subject (لحركة، لنظيره). Names and adjectives that merely start with those letters
    /// (بنكيران، لاريجاني، ليبية) are not.
    /// </summary>
    private bool IsPrepositionPrefixed(string key)
    {
        if (key.Length < 4 || key[0] is not ('ل' or 'ب'))
            return false;
        if (key.StartsWith("لل", StringComparison.Ordinal) || key.StartsWith("بال", StringComparison.Ordinal))
            return true;
        var rest = key[1..];
        return _lex.IsTitle(rest) || _lex.OutletHeads.Contains(rest) || _lex.IsCommonNoun(rest) || _lex.IsFunctionWord(rest)
            || _lex.IsDescriptionHead(rest);
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

    /// <summary>
    /// After a comma inside a title: does a further title or the name follow? ("… لدى الجامعة العربية، عميد …، السفير
    /// أحمد …"; "مدير العمليات في شركة الشايع للتجارة، هنريك كريستيانسن:" — a name that runs up to the content marker).
    /// </summary>
    private bool ContinuesTitleSeries(int i, int limit)
    {
        i = SkipHonorifics(i, limit);
        if (i >= limit || !_doc.Tokens[i].IsWord || _lex.IsFunctionWord(_doc.Key(i)))
            return false;
        var key = _doc.Key(i);
        if (_lex.IsTitle(key) || _lex.IsGivenName(key))
            return true;
        if (QuoteLexicon.IsDefinite(key) || _lex.IsCommonNoun(key) || _lex.TryCue(key, out _, out _) || _lex.IsTimeWord(key))
            return false;
        for (var k = i + 1; k < limit && k <= i + 4; k++)
        {
            if (_doc.Tokens[k].Is(':') || _doc.Tokens[k].IsComma || (_doc.Tokens[k].IsWord && IsComplementizer(_doc.Key(k))))
                return true;
            if (!_doc.Tokens[k].IsWord || _lex.IsFunctionWord(_doc.Key(k)) || _lex.IsTitle(_doc.Key(k)))
                return false;
        }
        return false;
    }

    /// <summary>
    /// The last token of an entity mention that is really name: the tagger sometimes runs a name on into a cue, a
    /// title of the apposition or a function word ("عبدالرحمن قائلا"، "… آل الشيخ مفتي"); those are cut off. -1 when
    /// nothing is left.
    /// </summary>
    internal int TrimEntity(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!_doc.Tokens[k].IsWord)
                return k - 1;
            var key = _doc.Key(k);
            if (_lex.TryCue(key, out _, out _) || (_lex.IsFunctionWord(key) && !_lex.IsConnector(key) && !IsNameWord(k)) || (_lex.IsTimeWord(key) && !InsideName(k, first, last))
                || (k > first && _lex.IsTitle(key) && !_lex.IsConnector(_doc.Key(k - 1))) || (k > first && IsCircumstantial(k)))
                return k - 1;
        }
        return last;
    }

    /// <summary>
    /// A word that is also a time word (صباح، فجر) between two name words of a mention: "عبدالرحمن صباح عيدان", not "محمد
    /// صباح اليوم" (the mention ran on into a time expression).
    /// </summary>
    private bool InsideName(int k, int first, int last) =>
        k > first && k < last && _doc.Tokens[k + 1].IsWord && !_lex.IsTimeWord(_doc.Key(k + 1)) && !QuoteLexicon.IsDefinite(_doc.Key(k + 1))
        && !_lex.IsFunctionWord(_doc.Key(k + 1));

    /// <summary>A speaker phrase from an entity mention that starts the phrase (the entity step's boundaries win).</summary>
    private SpeakerPhrase EntityPhrase(int first, int last, string type, int limit)
    {
        var isPerson = type == "PER";
        var phrase = new SpeakerPhrase(first, last, isPerson ? first : -1, isPerson ? last : -1, isPerson ? SpeakerKind.Name : SpeakerKind.Description)
        {
            Next = last + 1,
        };
        if (isPerson)
        {
            for (var k = first; k <= last; k++)
                _names.Add(_doc.Key(k));
        }
        if (isPerson && last + 1 < limit && _doc.Tokens[last + 1].IsWord && _lex.IsTitle(_doc.Key(last + 1)))
        {
            var apposition = ParsePhrase(last + 1, limit);
            if (apposition is not null)
                phrase = phrase with { AppositionFirst = apposition.First, AppositionLast = apposition.HasName ? apposition.NameFirst - 1 : apposition.Last, Next = apposition.Next };
        }
        else if (isPerson && CommaApposition(last + 1, limit) is { } titled)
        {
            phrase = phrase with { AppositionFirst = titled.First, AppositionLast = titled.Last };
        }
        // an organization's nisba the entity step left out: "الهلال الأحمر" + "الكردي"
        while (!isPerson && phrase.Next < limit && _doc.Tokens[phrase.Next].IsWord && IsNisba(_doc.Key(phrase.Next)))
            phrase = phrase with { Last = phrase.Next, Next = phrase.Next + 1 };
        return phrase;
    }

    /// <summary>
    /// The title words of an apposition set off by a comma after a name ("يورغن كلوب، المدير الفني لليفربول"), for
    /// resolving a later title-only mention (المدير الفني الألماني); the phrase itself does not take them in.
    /// </summary>
    private (int First, int Last)? CommaApposition(int k, int limit)
    {
        if (k + 1 >= limit || !_doc.Tokens[k].IsComma || !_doc.Tokens[k + 1].IsWord || !_lex.IsTitle(_doc.Key(k + 1)))
            return null;
        var apposition = ParsePhrase(k + 1, limit);
        if (apposition is null)
            return null;
        return (apposition.First, apposition.HasName ? apposition.NameFirst - 1 : apposition.Last);
    }

    /// <summary>The last name token of a person mention the entity step starts at <paramref name="i"/>, or -1.</summary>
    private int PersonEntityEnd(int i, int limit)
    {
        if (!_entities.TryAt(i, out var last, out var type, out _) || type != "PER" || last >= limit)
            return -1;
        var end = TrimEntity(i, last);
        return end < i ? end : ExtendName(end, limit);
    }

    /// <summary>
    /// The end of a person mention the tagger cut short: one ended on or before بن/آل/لو takes the name part after it
    /// ("جلوي بن عبدالعزيز بن" + "مساعد"، "جان إيف" + "لو دريان"), one before a hyphen the part after it ("تشونغ مونغ" + "-جون").
    /// </summary>
    private int ExtendName(int end, int limit)
    {
        if (_lex.IsConnector(_doc.Key(end)) && end + 1 < limit && _doc.Tokens[end + 1].IsWord)
            return end + 1;
        while (end + 2 < limit && _doc.Tokens[end + 2].IsWord
            && ((_doc.Tokens[end + 1].IsWord && _lex.IsConnector(_doc.Key(end + 1))) || GluedDash(end + 1) || CompoundNameAt(end + 1)))
            end += 2;
        return end;
    }

    /// <summary>
    /// A compound name part at <paramref name="k"/>: a word and الله/الدين ("مصطفى عبدالله" + "صنع الله"), not a prayer
    /// with a pronoun ("رحمه الله"، "حفظها الله").
    /// </summary>
    private bool CompoundNameAt(int k)
    {
        if (!_doc.Tokens[k].IsWord || _doc.Key(k + 1) is not ("الله" or "الدين"))
            return false;
        var key = _doc.Key(k);
        return !key.EndsWith('ه') && !key.EndsWith("ها", StringComparison.Ordinal) && !key.EndsWith("هم", StringComparison.Ordinal)
            && !_lex.IsFunctionWord(key) && !_lex.TryCue(key, out _, out _) && !_lex.IsTimeWord(key);
    }

    /// <summary>A dash with no space on either side, between two words: "مونغ-جون".</summary>
    private bool GluedDash(int k) =>
        k > 0 && k + 1 < _doc.Count && _doc.Tokens[k].IsDash && _doc.Tokens[k - 1].IsWord && _doc.Tokens[k + 1].IsWord
        && _doc.Tokens[k - 1].End == _doc.Tokens[k].Start && _doc.Tokens[k].End == _doc.Tokens[k + 1].Start;

    /// <summary>
    /// Where a person mention found by the entity step starts within a few words after <paramref name="i"/> inside a
    /// title (words, numbers and في only: no punctuation, cue, complementizer or other function word), or -1; with
    /// <paramref name="stopAtTitle"/>, also -1 when another title comes first.
    /// </summary>
    private int PersonAfterTitle(int i, int limit, bool stopAtTitle = false)
    {
        for (var k = i + 1; k < limit && k <= i + 8; k++)
        {
            ref readonly var t = ref _doc.Tokens[k];
            if (t.Type == QTokenType.Number)
                continue;
            if (!t.IsWord || _lex.TryCue(t.Key, out _, out _) || IsComplementizer(t.Key) || (_lex.IsFunctionWord(t.Key) && t.Key != "في" && !IsNameWord(k)))
                return -1;
            if (stopAtTitle && PersonEntityEnd(k, limit) < k && _lex.IsTitle(t.Key))
                return -1; // after an everyday noun, the person of another title is that title's ("أهمية زيارة الرئيس …")
            if (PersonEntityEnd(k, limit) >= k)
                return k;
        }
        return -1;
    }

    /// <summary>
    /// After a preposition inside a title (عن، من، على، إلى) whose noun is an ordinary definite word (not a title or a
    /// name: "عن المنكر", not "عن الرئيس"), where the person the entity step tagged starts within a few words, or -1.
    /// </summary>
    private int PrepositionalComplementBeforePerson(int i, int limit)
    {
        if (i + 2 >= limit || !_doc.Tokens[i + 1].IsWord)
            return -1;
        var noun = _doc.Key(i + 1);
        if (!QuoteLexicon.IsDefinite(noun) || _lex.IsTitle(noun) || _lex.IsFunctionWord(noun) || _names.Contains(noun)
            || PersonEntityEnd(i + 1, limit) >= i + 1)
            return -1;
        var person = PersonAfterTitle(i, limit);
        return person > i + 1 ? person : -1;
    }

    /// <summary>
    /// A person named inside an institution's name in a title ("لمركز الملك سلمان للإغاثة …"): when the title went into
    /// a ل/ب genitive before <paramref name="person"/> and a definite ل/ب genitive follows the person's name, the
    /// person the entity step tags next (before any other title) holds the title; -1 otherwise.
    /// </summary>
    private int PersonAfterInstitution(int first, int person, int personEnd, int limit)
    {
        if (personEnd + 1 >= limit || !_doc.Tokens[personEnd + 1].IsWord)
            return -1;
        var after = _doc.Key(personEnd + 1);
        if (!after.StartsWith("لل", StringComparison.Ordinal) && !after.StartsWith("بال", StringComparison.Ordinal))
            return -1;
        var genitive = false;
        for (var k = first + 1; k < person && !genitive; k++)
            genitive = _doc.Tokens[k].IsWord && IsPrepositionPrefixed(_doc.Key(k));
        return genitive ? PersonAfterTitle(personEnd, limit, stopAtTitle: true) : -1;
    }

    /// <summary>
    /// The last token of a place the entity step tagged at <paramref name="k"/> when a comma and the name (or a further
    /// title) follow it ("في واشنطن، الأمير …"); -1 otherwise ("قال الوزير في الرياض، إن" is where he spoke).
    /// </summary>
    private int PlaceBeforeName(int k, int limit)
    {
        if (!_entities.TryAt(k, out var last, out var type, out _) || type != "LOC" || last + 2 >= limit || !_doc.Tokens[last + 1].IsComma)
            return -1;
        return ContinuesTitleSeries(last + 2, limit) ? last : -1;
    }

    /// <summary>Every word from <paramref name="first"/> to <paramref name="last"/> is a definite nisba (الألماني، الإيراني).</summary>
    private bool OnlyNisbas(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!_doc.Tokens[k].IsWord || !QuoteLexicon.IsDefinite(_doc.Key(k)) || !IsNisba(_doc.Key(k)))
                return false;
        }
        return last >= first;
    }

    /// <summary>A definite nisba adjective: الكردي، الألمانية (not a function word).</summary>
    private bool IsNisba(string key) =>
        key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4 && !_lex.IsFunctionWord(key)
        && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal));

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

    /// <summary>Documents a body speaks through ("في بيان"، "في تقرير"): not the institution a title belongs to.</summary>
    private static bool IsDocumentWord(string key) => key is "بيان" or "تقرير" or "دراسه" or "رساله" or "وثيقه" or "مسح" or "استطلاع" or "تقارير" or "نص";

    /// <summary>A speaker that is a document taken up with the article: "وتابع البيان"، "وأضاف النص".</summary>
    internal bool IsDocumentSpeaker(SpeakerPhrase phrase) =>
        phrase.First == phrase.Last && QuoteLexicon.StripConjunction(_doc.Key(phrase.First)) is var key && QuoteLexicon.IsDefinite(key)
        && IsDocumentWord(QuoteLexicon.StripArticle(key));

    /// <summary>
    /// The attribution's frame names a document it was made in: "وأفادت وزارة الخارجية الفرنسية في بيان"، "وجاء في بيان
    /// الوكالة".
    /// </summary>
    internal bool InDocument(Attribution a)
    {
        for (var k = a.CueToken + 1; k < _doc.Count && _doc.Tokens[k].Start < a.Start; k++)
        {
            if (_doc.Tokens[k].IsWord && IsDocumentWord(QuoteLexicon.StripArticle(QuoteLexicon.StripConjunction(_doc.Key(k)))))
                return true;
        }
        return false;
    }

    private static bool IsSpokesman(string key) => QuoteLexicon.StripArticle(key) is "متحدث" or "ناطق" or "متحدثه" or "ناطقه";

    /// <summary>
    /// A circumstantial participle of the derived forms without tanween written (مقدما، ملوحا، مستغربا): it follows the
    /// subject ("وأضاف مقدما التعازي") and is never part of a name. Not names that look alike (ماريا، مونيكا، منانغاغوا).
    /// </summary>
    private bool IsCircumstantial(int i)
    {
        var key = _doc.Key(i);
        return key.Length is >= 5 and <= 7 && key[0] == 'م' && key[^1] == 'ا' && key[1] is not ('ا' or 'و' or 'ي') && !_lex.IsGivenName(key) && !_names.Contains(key)
            && !_entities.TryAt(i, out _, out _, out _);
    }

    /// <summary>A word written with accusative tanween (انتقاداً، مبطناً): an object or adverb, never a subject.</summary>
    private bool IsAccusative(int i)
    {
        var surface = _doc.Surface(i);
        return surface.EndsWith("ًا", StringComparison.Ordinal) || surface.EndsWith("اً", StringComparison.Ordinal);
    }

    /// <summary>
    /// A definite word that can be an adjective: a nisba (الإسرائيلي، العربية، الشريفين), a participle (المتحدة،
    /// المسلحة), the elative الأفعل (الأبيض، الأعلى) or a handful of common ones (العام، الكبير، الجديد).
    /// </summary>
    private static bool IsDefiniteAdjective(string key)
    {
        if (!key.StartsWith("ال", StringComparison.Ordinal))
            return false;
        var stem = key[2..];
        return stem.EndsWith('ي') || stem.EndsWith("يه", StringComparison.Ordinal) || stem.EndsWith("ين", StringComparison.Ordinal)
            || stem.EndsWith("يون", StringComparison.Ordinal) || stem.EndsWith("يات", StringComparison.Ordinal)
            || (stem.Length >= 4 && stem[0] == 'م') || (stem.Length is 4 or 5 && stem[0] == 'ا')
            || stem.TrimEnd('ه') is "عام" or "كبير" or "كبري" or "جديد" or "اول" or "ثاني" or "ثالث" or "دائم" or "عليا" or "عظمي" or "خاص";
    }

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
