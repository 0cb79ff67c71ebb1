namespace Marsad.Analysis.Quotes;

internal sealed partial class SpeakerRegistry
{
    /// <summary>
    /// Reads names the speakers' frames do not give: "… أستاذ الجراحة الذي أجرى العملية، ويدعى ماخان لا ساها" (the name
    /// after يدعى/اسمه, with the words before it as its titles) and aliases in parentheses after a full name.
    /// </summary>
    public void ScanDocument()
    {
        for (var i = 0; i < _doc.Count; i++)
        {
            ref readonly var t = ref _doc.Tokens[i];
            if (t.Is('('))
                ReadAlias(i);
            else if (t.IsWord && QuoteLexicon.StripConjunction(t.Key) is "يدعي" or "تدعي" or "اسمه" or "اسمها")
                ReadCalled(i);
        }
    }

    private void ReadCalled(int i)
    {
        var last = i;
        for (var k = i + 1; k < _doc.Count && k <= i + 4 && _doc.Tokens[k].IsWord && _doc.SameSentence(i, k); k++)
        {
            var key = _doc.Key(k);
            if (key != "لا" && (_lex.IsFunctionWord(key) || _lex.IsTimeWord(key)))
                break;
            last = k;
        }
        if (last == i)
            return;
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var k = i - 1; k >= 0 && k >= i - 10 && _doc.SameSentence(i, k); k--)
        {
            if (!_doc.Tokens[k].IsWord)
                continue;
            var key = _doc.Key(k);
            if (key == "عن" || _lex.TryCue(key, out _, out _))
                break;
            if (!_lex.IsFunctionWord(key))
                titles.Add(ContentKey(key));
        }
        Add(_doc.Span(i + 1, last), i + 1, last, titles, i + 1);
        _called[i] = _people.Find(p => p.Token == i + 1) ?? _people[^1];
    }

    /// <summary>The person named by "يدعى" right after a phrase ("محتج يدعى منتظر حاتم", "أستاذ الجراحة …، ويدعى …").</summary>
    private Person? CalledAfter(SpeakerPhrase phrase)
    {
        for (var k = phrase.Last + 1; k <= phrase.Last + 2 && k < _doc.Count; k++)
        {
            if (_called.TryGetValue(k, out var person))
                return person;
        }
        return null;
    }

    /// <summary>"لحركة المقاومة الإسلامية (حماس)": the definite words before the parenthesis and the word that heads them.</summary>
    private void ReadAlias(int open)
    {
        var close = open + 1;
        while (close < _doc.Count && close <= open + 4 && _doc.Tokens[close].IsWord)
            close++;
        if (close >= _doc.Count || close == open + 1 || !_doc.Tokens[close].Is(')'))
            return;
        var first = open;
        for (var k = open - 1; k >= 0 && k >= open - 6 && _doc.Tokens[k].IsWord && _doc.SameSentence(open, k); k--)
        {
            first = k;
            var key = QuoteLexicon.StripConjunction(_doc.Key(k));
            if (!QuoteLexicon.IsDefinite(key))
                break;
        }
        // the head before the definite run must be a noun, not the verb or function word the phrase follows ("قال الاتحاد …")
        var head = QuoteLexicon.StripConjunction(_doc.Key(first));
        if (!QuoteLexicon.IsDefinite(head) && (_lex.TryCue(_doc.Key(first), out _, out _) || _lex.IsFunctionWord(_doc.Key(first))))
            first++;
        if (open - first < 2)
            return;
        var firstKey = _doc.Key(first);
        var skip = firstKey.Length > 3 && firstKey[0] is 'ل' or 'ب' && !_lex.IsTitle(firstKey) ? 1 : 0;
        var full = _doc.Text[(_doc.Tokens[first].Start + skip).._doc.Tokens[open - 1].End];
        _aliases.TryAdd(string.Join(' ', Enumerable.Range(open + 1, close - open - 1).Select(k => _doc.Key(k))), full);
    }

    private string? AliasFor(SpeakerPhrase phrase)
    {
        var key = string.Join(' ', Enumerable.Range(phrase.First, phrase.Last - phrase.First + 1)
            .Where(k => _doc.Tokens[k].IsWord).Select(k => _doc.Key(k)));
        return _aliases.TryGetValue(key, out var full) ? full : null;
    }
}
