namespace Marsad.Analysis.Quotes;

internal sealed partial class AttributionFinder
{
    /// <summary>Interview words after which a quoted or named outlet is the one the statement was given to.</summary>
    private static bool IsInterviewWord(string key) =>
        QuoteLexicon.StripConjunction(key) is "تصريح" or "تصريحات" or "تصريحه" or "تصريحاته" or "حديث" or "حديثه" or "حوار" or "مقابله"
            or "لقاء" or "اتصال" or "مداخله" or "مداخلته" or "خاص" or "خاصه" or "مطول" or "هاتفي" or "هاتفيه" or "صحفي" or "صحفيه" or "متلفز";

    /// <summary>A short quoted name inside a frame: an outlet after ل/إلى/مع or an interview word (ل"الرياض"), or a channel that is not one (“تويتر”).</summary>
    private void ReadQuotedName(int open, QuotedSpan span, FrameInfo info)
    {
        var inner = _doc.Text[span.InnerStart..span.InnerEnd].Trim();
        if (_lex.NotOutlets.Contains(string.Join(' ', QuoteLexicon.Words(inner))))
        {
            info.OtherOccasion = true;
            return;
        }
        if (open == 0 || !_doc.Tokens[open - 1].IsWord)
            return;
        var before = _doc.Key(open - 1);
        // "المدير العام ل«أياتا»" is a genitive of the title, not the outlet the words were given to
        var afterTitle = open >= 2 && _doc.Tokens[open - 2].IsWord && (_lex.IsTitle(_doc.Key(open - 2))
            || (IsDefiniteAdjective(_doc.Key(open - 2)) && open >= 3 && _doc.Tokens[open - 3].IsWord && _lex.IsTitle(_doc.Key(open - 3))));
        if ((before is "ل" && !afterTitle) || before is "الي" or "مع" || IsInterviewWord(before)
            || (before.Length > 1 && before[^1] == 'ل' && _doc.Tokens[open - 1].End == _doc.Tokens[open].Start && !_lex.IsTitle(before[..^1])))
            info.Via ??= WithoutFusedLam(inner);
    }

    /// <summary>After an interview word, ل with a name in Latin letters (لـCNN) or in brackets (لـ(الجزيرة )), or null.</summary>
    private string? LatinOrBracketedOutlet(int j, int limit)
    {
        var surface = _doc.Surface(j);
        var rest = surface.AsSpan(1).TrimStart('\u0640');
        if (rest.Length >= 2 && IsLatinName(rest))
            return rest.ToString();
        if (rest.Length > 0 || j + 1 >= limit)
            return null;
        if (_doc.Tokens[j + 1].IsWord && IsLatinName(_doc.Surface(j + 1)))
            return _doc.Surface(j + 1);
        if (_doc.Key(j + 1) != "(")
            return null;
        for (var k = j + 2; k < limit && k <= j + 5; k++)
        {
            if (_doc.Key(k) == ")")
                return k > j + 2 ? _doc.Span(j + 2, k - 1).Trim() : null;
            if (!_doc.Tokens[k].IsWord)
                return null;
        }
        return null;
    }

    /// <summary>A word of ASCII letters and digits (CNN، BBC، France24).</summary>
    private static bool IsLatinName(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c))
                return false;
        }
        return word.Length >= 2 && char.IsAsciiLetter(word[0]);
    }

    /// <summary>The name of an outlet quoted with its ل inside the marks: «للمدينة» → المدينة, "لـعكاظ" → عكاظ.</summary>
    private static string WithoutFusedLam(string name)
    {
        if (name.Length > 3 && name[0] == 'ل' && name[1] == 'ل')
            return "ا" + name[1..];
        if (name.Length > 2 && name[0] == 'ل' && name[1] == '\u0640')
            return name[2..].TrimStart();
        return name;
    }

    /// <summary>Reads one word of a frame for the outlet (لوكالة رويترز، لصحف مغربية) and for other occasions (في وقت سابق، في بيان).</summary>
    private void ReadFrameWord(int j, int limit, FrameInfo info)
    {
        var key = _doc.Key(j);
        var bare = QuoteLexicon.StripConjunction(key);
        if (bare is "بيان" or "بيانا" && RelayedStatementOutlet(j, limit) is { } relay)
        {
            info.Via ??= relay.Text; // "في بيان نقلته وكالة أنباء فارس": the agency that carried the statement
            return;
        }
        if (bare is "بيان" or "بيانا" or "تغريده" or "تغريدات" or "حسابه" or "حسابها" or "صفحته" or "صفحتها" or "مؤتمر"
            || _lex.NotOutlets.Contains(bare) || (key is "وقت" or "الوقت" && j + 1 < limit && _doc.Key(j + 1) is "سابق" or "السابق")
            || bare is "سابقا")
        {
            info.OtherOccasion = true;
            return;
        }
        if (info.Via is not null)
            return;
        if (key.Length > 0 && key[0] == 'ل' && j > 0 && _doc.Tokens[j - 1].IsWord && IsInterviewWord(_doc.Key(j - 1)) && LatinOrBracketedOutlet(j, limit) is { } written)
        {
            info.Via = written; // "في تصريح لـCNN"، "في تصريح لـ(الجزيرة )"
            return;
        }
        if (key.Length > 2 && key[0] == 'ل' && !QuoteLexicon.IsDefinite(key))
        {
            var outlet = OutletAt(j, limit, stripLam: true);
            if (outlet is not null)
                info.Via = outlet.Value.Text;
        }
        else if ((key is "الي" or "مع") && j > 0 && _doc.Tokens[j - 1].IsWord && IsInterviewWord(_doc.Key(j - 1)))
        {
            var outlet = OutletAt(j + 1, limit, stripLam: false);
            if (outlet is not null)
                info.Via = outlet.Value.Text;
        }
    }

    /// <summary>
    /// "بيان نقلته وكالة الأنباء …"، "بيان نشره موقع …": the outlet that carried the statement at <paramref name="j"/>
    /// (the statement word), or null.
    /// </summary>
    private (string Text, int Next)? RelayedStatementOutlet(int j, int limit)
    {
        if (j + 2 >= limit || !_doc.Tokens[j + 1].IsWord
            || _doc.Key(j + 1) is not ("نقله" or "نقلته" or "نقلها" or "نقلتها" or "نشره" or "نشرته" or "نشرها" or "نشرتها" or "اورده"
                or "اوردته" or "بثه" or "بثته" or "وزعه" or "وزعته"))
            return null;
        if (_doc.Tokens[j + 2].Type == QTokenType.OpenQuote && _doc.Tokens[j + 2].Quote >= 0)
        {
            var span = _doc.Quotes[_doc.Tokens[j + 2].Quote];
            return span.Closed && WordsIn(span) <= 4 ? (_doc.Text[span.InnerStart..span.InnerEnd].Trim(), span.Close + 1) : null;
        }
        return OutletAt(j + 2, limit, stripLam: false);
    }

    /// <summary>
    /// An outlet mention at <paramref name="j"/>: a head word (وكالة، صحيفة، صحف، قناة …) with the name and adjectives
    /// after it ("وكالة سبوتنيك الروسية", "صحيفة «ديلي ميل» البريطانية", "وكالة فارس للأنباء"), or a listed outlet name
    /// (رويترز، فرانس برس). A bare anaphoric head (الصحيفة، الوكالة) is resolved to the last full mention before it.
    /// </summary>
    private (string Text, int Next)? OutletAt(int j, int limit, bool stripLam)
    {
        if (j >= limit || !_doc.Tokens[j].IsWord)
            return null;
        var key = _doc.Key(j);
        var skip = 0;
        if (stripLam && key.Length > 2 && key[0] == 'ل')
        {
            key = key[1..];
            skip = 1;
        }
        foreach (var name in _lex.OutletNames)
        {
            if (name[0] == key && (name.Length == 1 || MatchesWords(j + 1, limit, name[1..])))
                return (_doc.Text[(_doc.Tokens[j].Start + skip).._doc.Tokens[j + name.Length - 1].End], j + name.Length);
        }
        var head = QuoteLexicon.StripArticle(key);
        if (!_lex.OutletHeads.Contains(key) && !_lex.OutletHeads.Contains(head))
            return null;
        var last = j;
        var described = false; // after an adjective or a definite word only more of those (and ل-genitives) follow
        for (var k = j + 1; k < limit && k - j < 7; k++)
        {
            ref readonly var t = ref _doc.Tokens[k];
            if (t.Type == QTokenType.OpenQuote && t.Quote >= 0 && _doc.Quotes[t.Quote].Closed && WordsIn(_doc.Quotes[t.Quote]) <= 4)
            {
                last = k = _doc.Quotes[t.Quote].Close;
                continue;
            }
            var word = t.Key;
            if (!t.IsWord || _lex.IsFunctionWord(word) || _lex.IsTimeWord(word) || _lex.TryCue(word, out _, out _)
                || (word.Length > 3 && word[0] == 'و' && !QuoteLexicon.IsDefinite(word[1..]) && !_lex.OutletNames.Any(n => n[0] == word)))
                break;
            if (word.StartsWith("عن", StringComparison.Ordinal) && word.Length <= 4)
                break;
            var modifier = QuoteLexicon.IsDefinite(word) || IsAdjectiveLike(word) || (word.Length > 3 && word[0] == 'ل');
            if (described && !modifier)
                break;
            described |= modifier;
            last = k;
        }
        if (last == j && QuoteLexicon.IsDefinite(key))
            return ResolveOutletAnaphor(j, head) is { } full ? (full, j + 1) : (_doc.Text[(_doc.Tokens[j].Start + skip).._doc.Tokens[j].End], j + 1);
        return (_doc.Text[(_doc.Tokens[j].Start + skip).._doc.Tokens[last].End], last + 1);
    }

    /// <summary>For a speaker that is an anaphoric outlet ("وأضافت الصحيفة"): the outlet's full earlier mention, else null.</summary>
    public string? OutletAntecedent(SpeakerPhrase phrase)
    {
        if (phrase.First != phrase.Last || !_doc.Tokens[phrase.First].IsWord)
            return null;
        var key = QuoteLexicon.StripConjunction(_doc.Key(phrase.First));
        var head = QuoteLexicon.StripArticle(key);
        return QuoteLexicon.IsDefinite(key) && _lex.OutletHeads.Contains(head) ? ResolveOutletAnaphor(phrase.First, head) : null;
    }

    /// <summary>The last full (indefinite) mention with the same head before <paramref name="j"/>: الصحيفة → صحيفة «ديلي ميل» البريطانية.</summary>
    private string? ResolveOutletAnaphor(int j, string head)
    {
        for (var k = j - 1; k >= 0; k--)
        {
            if (!_doc.Tokens[k].IsWord)
                continue;
            var key = _doc.Key(k);
            var stripped = QuoteLexicon.StripConjunction(key);
            if (stripped == head || (stripped.Length > 1 && stripped[0] is 'ل' or 'ب' && stripped[1..] == head))
            {
                var mention = OutletAt(k, _doc.Count, stripLam: stripped != head);
                if (mention is { } m && m.Next > k + 1)
                    return m.Text.StartsWith('و') && key != stripped ? m.Text[1..] : m.Text;
            }
        }
        return null;
    }

    /// <summary>Within a frame: "بحسب ما نقلت عنه وكالة الاناضول" — the outlet becomes the via; returns the index after it.</summary>
    private bool TryPostposedVia(int j, int limit, FrameInfo info, out int after)
    {
        after = j;
        var opener = PostposedOpenerAt(j, limit);
        if (opener == 0 || j + opener >= limit || !TryReportingVerb(_doc.Key(j + opener), out var verb) || verb.Form != CueForm.Verb)
            return false;
        var k = j + opener + 1;
        while (k < limit && _doc.Tokens[k].IsWord && _doc.Key(k) is "عنه" or "عنها" or "عنهم")
            k++;
        var outlet = OutletAt(k, limit, stripLam: false);
        if (outlet is null)
            return false;
        info.Via ??= outlet.Value.Text;
        after = outlet.Value.Next;
        return true;
    }

    /// <summary>A reporting verb, also with an object pronoun ("وفقا لما نقلته وكالة …"، "حسبما ذكرته").</summary>
    private bool TryReportingVerb(string key, out CueWord verb)
    {
        if (_lex.TryCue(key, out verb, out _))
            return true;
        foreach (var suffix in new[] { "ها", "ه" })
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal) && _lex.TryCue(key[..^suffix.Length], out verb, out _))
                return true;
        }
        return false;
    }

    /// <summary>Number of words of a postposed opener (حسبما، بحسب ما …) at <paramref name="j"/>, or 0.</summary>
    private int PostposedOpenerAt(int j, int limit)
    {
        foreach (var opener in _lex.PostposedOpeners)
        {
            if (MatchesWords(j, limit, opener, stripConjunction: true))
                return opener.Length;
        }
        return 0;
    }

    /// <summary>Is the verb at <paramref name="j"/> the reporting verb of a postposed opener (بحسب ما نقلت)?</summary>
    private bool InPostposed(int j)
    {
        for (var n = 1; n <= 2 && j - n >= 0; n++)
        {
            if (PostposedOpenerAt(j - n, j) == n)
                return true;
        }
        return false;
    }
}
