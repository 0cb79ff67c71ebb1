using System.Text;
using Marsad.Storage.Search;

namespace Marsad.Storage.Postgres;

/// <summary>
/// Writes tsvector and tsquery literals from Marsad's index tokens. The literals are cast with <c>::tsvector</c> /
/// <c>::tsquery</c>, which take lexemes as given (no dictionary, no stemming), so PostgreSQL matches exactly the tokens
/// SQLite's FTS5 index holds. Headline tokens get weight A; body positions start after a gap so no phrase spans both.
/// </summary>
internal static class TsText
{
    /// <summary>PostgreSQL keeps positions up to this value.</summary>
    private const int MaxPosition = 16383;

    public static string Vector(IReadOnlyList<string> headline, IReadOnlyList<string> body)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string token, int position, bool isHeadline)
        {
            if (!positions.TryGetValue(token, out var list))
                positions[token] = list = [];
            if (list.Count < 256)
                list.Add(Math.Min(position, MaxPosition).ToString(System.Globalization.CultureInfo.InvariantCulture) + (isHeadline ? "A" : ""));
        }
        for (var i = 0; i < headline.Count; i++)
            Add(headline[i], i + 1, true);
        for (var i = 0; i < body.Count; i++)
            Add(body[i], headline.Count + 2 + i, false);
        var sb = new StringBuilder();
        foreach (var (token, list) in positions)
        {
            if (sb.Length > 0)
                sb.Append(' ');
            Quote(sb, token).Append(':').AppendJoin(',', list);
        }
        return sb.ToString();
    }

    public static string Query(ParsedQuery query, MatchMode mode)
    {
        var positive = string.Join(mode == MatchMode.All ? " & " : " | ", query.Include.Select(Clause));
        if (query.Exclude.Count == 0)
            return positive;
        return "(" + positive + ") & !(" + Exclusions(query) + ")";
    }

    public static string Exclusions(ParsedQuery query) => string.Join(" | ", query.Exclude.Select(Clause));

    private static string Clause(QueryClause clause)
    {
        var sb = new StringBuilder("(");
        for (var i = 0; i < clause.Tokens.Count; i++)
        {
            if (i > 0)
                sb.Append(" <-> ");
            Quote(sb, clause.Tokens[i]);
        }
        return sb.Append(')').ToString();
    }

    private static StringBuilder Quote(StringBuilder sb, string token) =>
        sb.Append('\'').Append(token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append('\'');
}
