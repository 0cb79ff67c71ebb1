using Marsad.Text;

namespace Marsad.Storage.Search;

/// <summary>
/// Cuts a passage of an article around the query's best matches and marks the matched words. The passage is the
/// original text (never normalized), so highlights are offsets into what the reader sees: each word of the text is
/// run through the same analyzer as the index, and it is marked when one of its tokens is a query token.
/// </summary>
internal static class SnippetBuilder
{
    /// <summary>Roughly how many characters a snippet shows.</summary>
    public const int DefaultLength = 240;

    private const string Ellipsis = "…";

    /// <summary>Text beyond this many characters is not searched for a passage (an article body rarely is longer).</summary>
    public const int MaxScannedChars = 50_000;

    /// <summary>Where the words of <paramref name="text"/> that match <paramref name="queryTokens"/> are.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="queryTokens">The query's index tokens.</param>
    /// <param name="seen">Word → matches, shared by the hits of one search: news text repeats its words.</param>
    public static List<TextSpan> Matches(string text, IReadOnlySet<string> queryTokens, Dictionary<string, bool>? seen = null)
    {
        var spans = new List<TextSpan>();
        if (queryTokens.Count == 0 || string.IsNullOrEmpty(text))
            return spans;
        seen ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        var tokens = new List<string>(4);
        foreach (var token in ArabicTokenizer.Enumerate(text))
        {
            if (token.Start >= MaxScannedChars)
                break;
            if (token.Kind is TokenKind.Punctuation or TokenKind.Url or TokenKind.Email)
                continue;
            var word = token.Text(text);
            if (!seen.TryGetValue(word, out var match))
            {
                tokens.Clear();
                foreach (var term in SearchTermAnalyzer.Default.GetTerms(word))
                    IndexTerms.AddTokens(term, tokens);
                match = tokens.Exists(queryTokens.Contains);
                seen[word] = match;
            }
            if (match)
                spans.Add(new TextSpan(token.Start, token.End));
        }
        return spans;
    }

    /// <summary>A snippet of <paramref name="text"/> around its densest cluster of matches, and the matches in it.</summary>
    public static (string Snippet, List<TextSpan> Highlights) Build(string text, IReadOnlySet<string> queryTokens, int length = DefaultLength,
        Dictionary<string, bool>? seen = null)
    {
        if (string.IsNullOrEmpty(text))
            return ("", []);
        var matches = Matches(text, queryTokens, seen);
        var start = 0;
        if (matches.Count > 0)
        {
            // the window starting at the match that covers most other matches; earlier windows win ties
            var best = 0;
            var bestCount = 0;
            for (int i = 0, j = 0; i < matches.Count && i < 500; i++)
            {
                j = Math.Max(j, i);
                while (j + 1 < matches.Count && matches[j + 1].End - matches[i].Start <= length - 40)
                    j++;
                if (j - i + 1 > bestCount)
                {
                    bestCount = j - i + 1;
                    best = i;
                }
            }
            start = WordStartBefore(text, Math.Max(0, matches[best].Start - 40));
        }
        var end = WordEndAfter(text, Math.Min(text.Length, start + length));
        var body = text[start..end].Replace('\n', ' ').Replace('\r', ' ');
        var prefix = start > 0 ? Ellipsis + " " : "";
        var suffix = end < text.Length ? " " + Ellipsis : "";
        var highlights = new List<TextSpan>();
        foreach (var m in matches)
        {
            if (m.Start >= start && m.End <= end)
                highlights.Add(new TextSpan(m.Start - start + prefix.Length, m.End - start + prefix.Length));
        }
        return (prefix + body + suffix, highlights);
    }

    private static int WordStartBefore(string text, int position)
    {
        if (position <= 0)
            return 0;
        var i = position;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && position - i < 30)
            i--;
        if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            i = position; // a very long "word": cut inside it, but never inside a surrogate pair
        return i > 0 && char.IsLowSurrogate(text[i]) ? i - 1 : i;
    }

    private static int WordEndAfter(string text, int position)
    {
        var i = position;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && i - position < 30)
            i++;
        if (i < text.Length && char.IsLowSurrogate(text[i]))
            i++;
        return i;
    }
}
