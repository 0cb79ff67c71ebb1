using System.Data.Common;
using Marsad.Storage.Search;

namespace Marsad.Storage.Queries.Internal;

/// <summary>What differs between the backends for the read-side queries: connections, day values and full-text matching.</summary>
internal interface IQueryDialect
{
    /// <summary>Runs <paramref name="body"/> with an open connection, translating backend errors into <see cref="StoreException"/>s.</summary>
    Task<T> RunAsync<T>(Func<DbConnection, Task<T>> body, CancellationToken cancellationToken);

    /// <summary>A day as the backend's parameter value (text for SQLite, a date for PostgreSQL).</summary>
    object DayValue(DateOnly day);

    /// <summary>The <c>articles a</c> day column as "YYYY-MM-DD" text.</summary>
    string DayText { get; }

    /// <summary>The <c>events e</c> actors column as JSON text.</summary>
    string ActorsText { get; }

    /// <summary>
    /// A condition on <c>articles a</c> that holds when the article contains every clause of <paramref name="query"/>,
    /// and the value of its <c>@match</c> parameter.
    /// </summary>
    (string Condition, object Match) ArticleMatches(ParsedQuery query);

    /// <summary>A condition that holds when <paramref name="column"/> is one of the strings of the JSON array parameter <paramref name="parameter"/>.</summary>
    string InJsonArray(string column, string parameter);
}
