using Marsad.Storage.Search;

namespace Marsad.Storage.Internal;

/// <summary>
/// The WHERE conditions of an <see cref="ArticleFilter"/> over <c>articles a</c>, with named parameters (@name works in
/// both SQLite and Npgsql). Values are always parameters, never spliced into SQL.
/// </summary>
internal sealed class FilterSql
{
    private FilterSql(string conditions, IReadOnlyList<(string Name, object Value)> parameters)
    {
        Conditions = conditions;
        Parameters = parameters;
    }

    /// <summary>" AND …" conditions to append after a WHERE clause (empty when the filter is empty).</summary>
    public string Conditions { get; }

    public IReadOnlyList<(string Name, object Value)> Parameters { get; }

    /// <param name="filter">The filter.</param>
    /// <param name="dayValue">Converts a day to the backend's parameter value (text for SQLite, a date for PostgreSQL).</param>
    public static FilterSql Build(ArticleFilter? filter, Func<DateOnly, object> dayValue)
    {
        var sql = new System.Text.StringBuilder();
        var parameters = new List<(string, object)>();
        if (filter is null)
            return new FilterSql("", parameters);
        if (filter.From is { } from)
        {
            sql.Append(" AND a.day >= @from_day");
            parameters.Add(("from_day", dayValue(from)));
        }
        if (filter.To is { } to)
        {
            sql.Append(" AND a.day <= @to_day");
            parameters.Add(("to_day", dayValue(to)));
        }
        if (filter.Source is { } source)
        {
            sql.Append(" AND a.source = @source");
            parameters.Add(("source", source));
        }
        if (filter.Agency is { } agency)
        {
            sql.Append(" AND a.agency = @agency");
            parameters.Add(("agency", agency));
        }
        if (filter.Topic is { } topic)
        {
            sql.Append(" AND a.topic = @topic");
            parameters.Add(("topic", topic));
        }
        if (filter.Entity is { } entity)
        {
            sql.Append(" AND a.key IN (SELECT m.article FROM entity_mentions m WHERE m.key = @entity_key)");
            parameters.Add(("entity_key", EntityKeys.Of(entity)));
        }
        return new FilterSql(sql.ToString(), parameters);
    }

    /// <summary>The ORDER BY for a sort (the score column is named <c>score</c>).</summary>
    public static string OrderBy(SearchSort sort, bool hasScore, string idColumn) =>
        sort == SearchSort.Relevance && hasScore
            ? $"score DESC, {idColumn}"
            : $"published_at DESC NULLS LAST, {idColumn}";
}
