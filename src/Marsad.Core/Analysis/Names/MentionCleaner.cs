namespace Marsad.Analysis.Names;

/// <summary>
/// Separates the name in an entity mention from what is written around it: a leading clitic (لروسيا → روسيا,
/// للأمم المتحدة → الأمم المتحدة) and a title, whether the tagger put it inside the mention (الرئيس السوري بشار الأسد)
/// or it stands just before it (رئيس الوزراء الروسي ديمتري ميدفيديف).
/// </summary>
internal sealed class MentionCleaner(TitleLexicon titles)
{
    private const int MaxTitleWords = 8;

    /// <summary>The name (as written, offsets into the text) and the title of one mention.</summary>
    public CleanMention Clean(string text, EntityMention mention, ISet<string> articleNames)
    {
        var start = mention.Start;
        var end = mention.End;
        if (start < 0 || end > text.Length || start >= end)
            return new CleanMention(mention, mention.Text, mention.Start, mention.Text, null);
        var words = TextWords.In(text, start, end);
        if (words.Count == 0)
            return new CleanMention(mention, mention.Text, mention.Start, mention.Text, null);

        string? title = null;
        var first = 0;
        var person = mention.Type == "PER";
        if (person && words.Count > 1 && titles.IsHead(words[0].Text))
        {
            // a title inside the mention: its head and the modifiers after it (الروسي، الوزراء), never the last word
            first = 1;
            while (first < words.Count - 1 && (IsModifier(words[first].Text) || titles.IsHead(words[first].Text)))
                first++;
            title = StripClitic(text[words[0].Start..words[first - 1].End], articleNames, out _);
        }
        var nameStart = words[first].Start;
        var name = text[nameStart..end];
        var stripped = StripClitic(name, articleNames, out var removed);
        // a dropped letter moves the span; لل → ال rewrites a letter, so the span keeps it (للأمم) and only the name changes
        if (stripped.Length == name.Length - removed)
            nameStart += removed;
        if (person)
            title ??= TitleBefore(text, mention.Start, articleNames);
        return new CleanMention(mention, stripped, nameStart, text[nameStart..end], title);
    }

    /// <summary>The title written just before <paramref name="start"/> in the same sentence, if one starts with a title head.</summary>
    private string? TitleBefore(string text, int start, ISet<string> articleNames)
    {
        var before = TextWords.Before(text, start, MaxTitleWords);
        var head = -1;
        for (var i = 0; i < before.Count; i++)
        {
            // before[0] is the word right before the name; go back until a word that cannot be in a title
            if (titles.IsBreak(before[i].Text))
                break;
            if (titles.IsHead(before[i].Text))
                head = i;
        }
        if (head < 0)
            return null;
        var span = text[before[head].Start..before[0].End];
        return StripClitic(span, articleNames, out _);
    }

    private static bool IsModifier(string word)
    {
        var folded = NameSpelling.Fold(word);
        return folded.StartsWith("ال", StringComparison.Ordinal) || folded.StartsWith("لل", StringComparison.Ordinal);
    }

    /// <summary>
    /// Removes one leading clitic when the evidence allows it: لل before a noun (للأمم → الأمم), or و/ف/ب/ل/ك (also
    /// before الـ) when the rest is a name seen elsewhere in the article (لروسيا → روسيا). Returns the rest as written.
    /// </summary>
    public static string StripClitic(string name, ISet<string> articleNames, out int removed)
    {
        removed = 0;
        if (name.Length < 4)
            return name;
        if (name.StartsWith("لل", StringComparison.Ordinal) && name.Length >= 5 && name[2] != ' ')
        {
            removed = 1;
            return "ا" + name[1..];
        }
        if (name[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك')
        {
            var rest = name[1..];
            if (articleNames.Contains(NameKey.Compute(rest)))
            {
                removed = 1;
                return rest;
            }
        }
        return name;
    }
}

/// <summary>
/// A mention with its name separated: the name (clitic-free, for keys and the canonical form), where its span starts,
/// the span's text, and the title before it.
/// </summary>
internal sealed record CleanMention(EntityMention Mention, string Name, int NameStart, string SpanText, string? Title);
