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
        for (var k = 0; k < _doc.Count; k++)
        {
            ref readonly var t = ref _doc.Tokens[k];
            if (!t.IsWord || t.Quote >= 0)
                continue;
            var bare = QuoteLexicon.StripConjunction(t.Key);
            if (bare is "التقت" or "التقي" or "رصدت" or "حاورت" or "سالت" or "زارت" or "استطلعت" or "تحدثت")
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
