using System.Data.Common;
using Marsad.Storage.Queries.Internal;
using Marsad.Storage.Search;

namespace Marsad.Storage.Postgres;

/// <summary>The PostgreSQL side of the read-side queries (<see cref="Queries.INewsQueries"/>): tsquery matching, jsonb lists, date days.</summary>
internal sealed partial class PostgresArticleStore : IQueryDialect
{
    string IQueryDialect.DayText => "a.day::text";

    string IQueryDialect.ActorsText => "e.actors::text";

    Task<T> IQueryDialect.RunAsync<T>(Func<DbConnection, Task<T>> body, CancellationToken cancellationToken) =>
        RunAsync(connection => body(connection), cancellationToken);

    object IQueryDialect.DayValue(DateOnly day) => day;

    (string Condition, object Match) IQueryDialect.ArticleMatches(ParsedQuery query) =>
        ("a.search @@ @match::tsquery", TsText.Query(query, MatchMode.All));

    string IQueryDialect.InJsonArray(string column, string parameter) => $"{column} IN (SELECT jsonb_array_elements_text(@{parameter}::jsonb))";
}
