namespace Marsad.Storage.Search;

/// <summary>
/// Writes a parsed query in FTS5's query language. Every word and phrase is a quoted FTS5 string (quotes doubled), so
/// nothing a user types can be read as an operator, a column filter or a prefix query.
/// </summary>
internal static class Fts5Query
{
    public static string Build(ParsedQuery query, MatchMode mode)
    {
        var positive = string.Join(mode == MatchMode.All ? " AND " : " OR ", query.Include.Select(Quote));
        if (query.Exclude.Count == 0)
            return positive;
        return "(" + positive + ") NOT (" + Exclusions(query) + ")";
    }

    /// <summary>The excluded clauses alone, OR-ed.</summary>
    public static string Exclusions(ParsedQuery query) => string.Join(" OR ", query.Exclude.Select(Quote));

    private static string Quote(QueryClause clause) => "\"" + string.Join(' ', clause.Tokens).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
