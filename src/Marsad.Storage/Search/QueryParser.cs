using System.Text;

namespace Marsad.Storage.Search;

/// <summary>
/// Reads a user's query: words, phrases in quotes ("…", «…», “…”), and words or phrases excluded with a leading minus.
/// Every word goes through Marsad's analyzer, so stop words drop out and clitics come off exactly as when indexing.
/// Nothing in a query is syntax for the database: operators such as AND, OR, NEAR, *, ( ) are plain words or ignored
/// punctuation. An unbalanced quote reads the rest as plain words. Very long queries keep their first
/// <see cref="MaxClauses"/> distinct words and phrases.
/// </summary>
internal static class QueryParser
{
    /// <summary>The most words and phrases a query keeps (each is one BM25 clause).</summary>
    public const int MaxClauses = 64;

    private const string OpenQuotes = "\"«“„";
    private const string CloseQuotes = "\"»”“";

    /// <param name="query">The query as typed.</param>
    /// <param name="plain">Read everything as words: no phrases, no exclusions (for pasted text such as a headline).</param>
    public static ParsedQuery Parse(string? query, bool plain = false)
    {
        var include = new List<QueryClause>();
        var exclude = new List<QueryClause>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(query))
            return new ParsedQuery(include, exclude);
        var q = Sanitize(query);
        if (plain)
        {
            foreach (var term in Marsad.Text.SearchTermAnalyzer.Default.GetTerms(q))
            {
                var tokens = new List<string>();
                IndexTerms.AddTokens(term, tokens);
                if (tokens.Count > 0)
                    Add(include, new QueryClause(tokens), seen, false);
            }
            return new ParsedQuery(include.Take(MaxClauses).ToList(), exclude);
        }
        var i = 0;
        while (i < q.Length && include.Count + exclude.Count < MaxClauses * 2)
        {
            if (char.IsWhiteSpace(q[i]))
            {
                i++;
                continue;
            }
            var negated = false;
            if (q[i] == '-' && i + 1 < q.Length && !char.IsWhiteSpace(q[i + 1]))
            {
                negated = true;
                i++;
            }
            var target = negated ? exclude : include;
            if (OpenQuotes.Contains(q[i], StringComparison.Ordinal))
            {
                var close = q.IndexOfAny(CloseQuotes.ToCharArray(), i + 1);
                if (close > i)
                {
                    var tokens = IndexTerms.Tokens(q[(i + 1)..close]);
                    if (tokens.Count > 0)
                        Add(target, new QueryClause(tokens), seen, negated);
                    i = close + 1;
                    continue;
                }
                i++; // unbalanced: the rest is plain words
                continue;
            }
            var end = i;
            while (end < q.Length && !char.IsWhiteSpace(q[end]) && !OpenQuotes.Contains(q[end], StringComparison.Ordinal))
                end++;
            foreach (var term in Marsad.Text.SearchTermAnalyzer.Default.GetTerms(q[i..end]))
            {
                var tokens = new List<string>();
                IndexTerms.AddTokens(term, tokens);
                if (tokens.Count > 0)
                    Add(target, new QueryClause(tokens), seen, negated);
            }
            i = end;
        }
        return new ParsedQuery(include.Take(MaxClauses).ToList(), exclude.Take(MaxClauses).ToList());
    }

    private static void Add(List<QueryClause> target, QueryClause clause, HashSet<string> seen, bool negated)
    {
        if (seen.Add((negated ? "-" : "+") + clause.Key))
            target.Add(clause);
    }

    /// <summary>Lone surrogates become spaces: they are not text and must never reach a database.</summary>
    private static string Sanitize(string query)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            var lone = (char.IsHighSurrogate(c) && (i + 1 >= query.Length || !char.IsLowSurrogate(query[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(query[i - 1])));
            if (lone || c == '\0')
            {
                sb ??= new StringBuilder(query, 0, i, query.Length);
                sb.Append(' ');
            }
            else
            {
                sb?.Append(c);
            }
        }
        return sb?.ToString() ?? query;
    }
}
