namespace Marsad.Analysis.Quotes;

/// <summary>An outlet that frames statements beyond its own sentence, and from which token on.</summary>
internal readonly record struct OutletContext(int Token, string Outlet, bool RefersBack);

internal sealed partial class AttributionFinder
{
    /// <summary>
    /// Outlets that frame statements outside their sentence: the outlet as the one who met or observed the speakers
    /// ("«المدينة» التقت بابن خالة الشهيد …", "وكانت «المدينة» رصدت …") — it frames every later statement — and a
    /// sentence that refers back ("وجاء ذلك خلال حوار مطول مع «الشرق الأوسط»") — it frames the last speaker's
    /// statements before and after it.
    /// </summary>
    public List<OutletContext> FindContexts()
    {
        var contexts = new List<OutletContext>();
        var stated = StatedSentences();
        for (var k = 0; k < _doc.Count; k++)
        {
            ref readonly var t = ref _doc.Tokens[k];
            if (!t.IsWord || t.Quote >= 0)
                continue;
            var bare = QuoteLexicon.StripConjunction(t.Key);
            if (!stated.Contains(t.Sentence) && AddressedOutlet(k) is { } addressed)
            {
                // "شكت سيدة … لـ”عين اليوم” موقفا حصل لها": the outlet she spoke to frames her statements that follow
                contexts.Add(new OutletContext(k, addressed, RefersBack: false));
            }
            else if (bare is "التقت" or "التقي" or "رصدت" or "حاورت" or "سالت" or "زارت" or "استطلعت" or "تحدثت" or "تواصلت" or "اتصلت")
            {
                var outlet = OutletNextTo(k);
                if (outlet is not null)
                    contexts.Add(new OutletContext(k, outlet, RefersBack: false));
            }
            else if (bare is "جاء" or "جاءت" && k + 1 < _doc.Count && k == SentenceStart(k)
                && QuoteLexicon.StripConjunction(_doc.Key(k + 1)) is "ذلك" or "هذا" or "هذه" or "تصريحات" or "التصريحات" or "كلامه" or "حديثه")
            {
                var limit = SentenceLimit(k);
                for (var j = k + 2; j < limit; j++)
                {
                    if (!_doc.Tokens[j].IsWord || !IsInterviewWord(_doc.Key(j)))
                        continue;
                    var outlet = OutletAfterInterviewWord(j + 1, limit);
                    if (outlet is null)
                        continue;
                    contexts.Add(new OutletContext(k, outlet, RefersBack: true));
                    break;
                }
            }
        }
        return contexts;
    }

    /// <summary>Sentences that hold an attribution's cue or content.</summary>
    private HashSet<int> StatedSentences()
    {
        var stated = new HashSet<int>();
        foreach (var a in _found)
        {
            // the cue's sentence and the content's (a postposed or fronted quotation starts before its cue)
            stated.Add(a.Sentence);
            for (var k = Math.Min(a.CueToken, _doc.TokenAt(a.Start)); k < a.ContentEnd && k < _doc.Count; k++)
                stated.Add(_doc.Tokens[k].Sentence);
        }
        return stated;
    }

    /// <summary>
    /// An outlet the sentence's subject spoke to, at <paramref name="k"/>: ل before a short quoted name (لـ”عين اليوم”)
    /// or a listed outlet name with a fused ل (لرويترز) — not the genitive of a title (مراسل لـ"الرياض").
    /// </summary>
    private string? AddressedOutlet(int k)
    {
        var key = _doc.Key(k);
        if (key.Length == 0 || key[0] != 'ل' || k == 0 || !_doc.Tokens[k - 1].IsWord || _lex.IsTitle(_doc.Key(k - 1))
            || IsOutletHead(_doc.Key(k - 1)) || NegatedBefore(k))
            return null;
        if (key == "ل")
        {
            if (k + 1 >= _doc.Count || _doc.Tokens[k + 1].Type != QTokenType.OpenQuote || _doc.Tokens[k + 1].Quote < 0)
                return null;
            var span = _doc.Quotes[_doc.Tokens[k + 1].Quote];
            var inner = _doc.Text[span.InnerStart..span.InnerEnd].Trim();
            var words = QuoteLexicon.Words(inner);
            return span.Closed && words.Length is > 0 and <= 3 && (IsListedOutlet(words) || IsOutletHead(words[0])) ? inner : null;
        }
        return key.Length > 3 && key[0] == 'ل' && key[1] != 'ل' && IsListedOutlet([key[1..]]) ? OutletAt(k, SentenceLimit(k), stripLam: true)?.Text : null;
    }

    /// <summary>"لم يتسن لـ"سكاي نيوز عربية" التأكد": a negation among the three words before <paramref name="k"/>.</summary>
    private bool NegatedBefore(int k)
    {
        for (var n = k - 1; n >= 0 && n >= k - 3 && _doc.Tokens[n].IsWord; n--)
        {
            if (_doc.Key(n) is "لم" or "لا" or "لن" or "ليس")
                return true;
        }
        return false;
    }

    /// <summary>
    /// Words that start with an outlet listed by name (رويترز، سكاي نيوز، «عين اليوم», quoted-only names such as
    /// «الرياض» included): a single word matches a listed name's first word. A head word alone (وكالة الاستخبارات) is no outlet.
    /// </summary>
    private bool IsListedOutlet(string[] words) => StartsWithAny(_lex.OutletNames, words) || StartsWithAny(_lex.QuotedOutletNames, words);

    private static bool StartsWithAny(IReadOnlyList<string[]> names, string[] words)
    {
        foreach (var name in names)
        {
            if (words.Length == 1 ? name[0] == words[0] : words.AsSpan().StartsWith(name))
                return true;
        }
        return false;
    }

    private string? OutletNextTo(int k)
    {
        if (k > 0 && _doc.Tokens[k - 1].Type == QTokenType.CloseQuote && _doc.Tokens[k - 1].Quote >= 0)
        {
            var span = _doc.Quotes[_doc.Tokens[k - 1].Quote];
            if (WordsIn(span) <= 3)
                return _doc.Text[span.InnerStart..span.InnerEnd].Trim();
        }
        if (k + 1 < _doc.Count && _doc.Tokens[k + 1].Type == QTokenType.OpenQuote && _doc.Tokens[k + 1].Quote >= 0)
        {
            var span = _doc.Quotes[_doc.Tokens[k + 1].Quote];
            if (span.Closed && WordsIn(span) <= 3)
                return _doc.Text[span.InnerStart..span.InnerEnd].Trim();
        }
        return k + 1 < _doc.Count ? OutletAt(k + 1, SentenceLimit(k), stripLam: false)?.Text : null;
    }

    /// <summary>After an interview word: "مع «الشرق الأوسط»"، "لـ"الرياض""، "إلى وكالة …" (quoted or named outlet, skipping adjectives like مطول).</summary>
    private string? OutletAfterInterviewWord(int j, int limit)
    {
        while (j < limit && _doc.Tokens[j].IsWord && IsInterviewWord(_doc.Key(j)))
            j++;
        if (j >= limit || !_doc.Tokens[j].IsWord)
            return null;
        var key = _doc.Key(j);
        if (key is "مع" or "الي" or "ل")
        {
            j++;
            if (j < limit && _doc.Tokens[j].Type == QTokenType.OpenQuote && _doc.Tokens[j].Quote >= 0)
            {
                var span = _doc.Quotes[_doc.Tokens[j].Quote];
                return span.Closed && WordsIn(span) <= 4 ? _doc.Text[span.InnerStart..span.InnerEnd].Trim() : null;
            }
            return OutletAt(j, limit, stripLam: false)?.Text;
        }
        return key[0] == 'ل' ? OutletAt(j, limit, stripLam: true)?.Text : null;
    }
}
