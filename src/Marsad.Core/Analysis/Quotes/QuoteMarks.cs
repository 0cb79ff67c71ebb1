namespace Marsad.Analysis.Quotes;

/// <summary>
/// Pairs quotation marks within a paragraph. « and » have a direction; “ ” are used both ways round in Arabic news
/// and " has none, so their role is read from what touches them: a mark with a letter after it and space (or a
/// clitic letter) before it opens, a mark with a letter or punctuation before it and space after it closes, and a
/// mark glued on both sides or free on both sides closes the open span if there is one. Nested quotes («… “داعش” …»)
/// are kept as inner spans. A mark left open at the end of the paragraph runs to the paragraph end (gold rule).
/// </summary>
internal static class QuoteMarks
{
    public static bool IsQuoteMark(string s) => s.Length == 1 && s[0] is '«' or '»' or '“' or '”' or '"' or '„' or '‟';

    public static void Pair(string text, QToken[] tokens, int first, int last, List<QuotedSpan> spans)
    {
        // stack of (token index, mark) of open spans
        Span<int> stack = stackalloc int[16];
        var depth = 0;
        var pending = new List<(int Open, int Close, int Depth, bool Closed)>();
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].Type != QTokenType.StrayQuote)
                continue;
            var mark = text[tokens[i].Start];
            var role = Role(text, tokens[i].Start, mark, depth > 0 ? text[tokens[stack[depth - 1]].Start] : '\0');
            // a mark glued to the word before it, with nothing open, opens when an even number of its family is left in the
            // paragraph (itself included), so a closing one follows: وأضاف" نعزي القيادة … والوطن".
            if (role == 0 && depth == 0 && MarksLeft(text, tokens, i, last, Family(mark)) % 2 == 0)
                role = 1;
            if (role > 0 && depth < stack.Length)
            {
                tokens[i].Type = QTokenType.OpenQuote;
                stack[depth++] = i;
            }
            else if (role < 0 && depth > 0)
            {
                // close the innermost open span of the same family; spans opened inside it stay unclosed there
                var match = depth - 1;
                while (match >= 0 && Family(text[tokens[stack[match]].Start]) != Family(mark))
                    match--;
                if (match < 0)
                {
                    if (mark == '»')
                        continue;
                    match = depth - 1;
                }
                tokens[i].Type = QTokenType.CloseQuote;
                while (depth - 1 > match)
                {
                    var inner = stack[--depth];
                    pending.Add((inner, i - 1 >= inner ? i - 1 : inner, depth, false));
                }
                var open = stack[--depth];
                pending.Add((open, i, depth, true));
            }
        }
        while (depth > 0)
        {
            var open = stack[--depth];
            pending.Add((open, last, depth, false));
        }
        pending.Sort((a, b) => a.Open.CompareTo(b.Open));
        foreach (var (open, close, d, closed) in pending)
        {
            var innerStart = tokens[open].End;
            var innerEnd = closed ? tokens[close].Start : tokens[close].End;
            if (close == open)
                innerEnd = innerStart;
            var index = spans.Count;
            spans.Add(new QuotedSpan(open, close, closed, d, innerStart, innerEnd));
            if (d != 0)
                continue;
            for (var k = open; k <= close; k++)
                tokens[k].Quote = index;
        }
    }

    /// <summary>+1 opens, -1 closes, 0 undecided (treated as stray).</summary>
    private static int Role(string text, int at, char mark, char openMark)
    {
        if (mark is '«' or '„')
            return 1;
        if (mark is '»' or '‟')
            return -1;
        var before = at > 0 ? text[at - 1] : ' ';
        var after = at + 1 < text.Length ? text[at + 1] : ' ';
        // a mark after a colon opens whatever follows it: وقالت :" إنه …"
        var afterColon = before == ':' || (char.IsWhiteSpace(before) && at > 1 && text[at - 2] == ':');
        if (afterColon && openMark == '\0')
            return 1;
        var canOpen = !char.IsWhiteSpace(after) && !IsClosingPunctuation(after);
        var canClose = !char.IsWhiteSpace(before) && !IsOpeningPunctuation(before) || IsClosingPunctuation(after);
        // a clitic letter glued before an opening mark: لـ"الرياض"، و”مانشستر”، بـ“المستقرة”
        if (canOpen && canClose && openMark == '\0')
            return 1;
        if (canOpen && !canClose)
            return 1;
        if (canClose && !canOpen)
            return openMark == '\0' ? 0 : -1;
        // free on both sides, or glued on both sides inside an open span
        if (openMark != '\0')
            return -1;
        return mark == '”' ? 0 : 1;
    }

    private static int MarksLeft(string text, QToken[] tokens, int from, int last, int family)
    {
        var count = 0;
        for (var k = from; k <= last; k++)
        {
            if (tokens[k].Type == QTokenType.StrayQuote && Family(text[tokens[k].Start]) == family)
                count++;
        }
        return count;
    }

    private static int Family(char mark) => mark switch
    {
        '«' or '»' => 1,
        '"' => 3,
        _ => 2,
    };

    private static bool IsClosingPunctuation(char c) => c is '.' or '،' or ',' or '؛' or ';' or ':' or '!' or '?' or '؟' or ')' or ']' or '\n';

    private static bool IsOpeningPunctuation(char c) => c is '(' or '[' or '\n';
}
