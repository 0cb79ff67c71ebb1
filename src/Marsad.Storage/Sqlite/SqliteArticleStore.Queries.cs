using System.Data.Common;
using Marsad.Storage.Internal;
using Marsad.Storage.Queries.Internal;
using Marsad.Storage.Search;

namespace Marsad.Storage.Sqlite;

/// <summary>The SQLite side of the read-side queries (<see cref="Queries.INewsQueries"/>): FTS5 matching, json_each lists, text days.</summary>
internal sealed partial class SqliteArticleStore : IQueryDialect
{
    string IQueryDialect.DayText => "a.day";

    string IQueryDialect.ActorsText => "e.actors";

    Task<T> IQueryDialect.RunAsync<T>(Func<DbConnection, Task<T>> body, CancellationToken cancellationToken) =>
        RunAsync(connection => body(connection), cancellationToken);

    object IQueryDialect.DayValue(DateOnly day) => PublishedDate.FormatBoxed(day);

    (string Condition, object Match) IQueryDialect.ArticleMatches(ParsedQuery query) =>
        ("a.key IN (SELECT rowid FROM article_terms WHERE article_terms MATCH @match)", Fts5Query.Build(query, MatchMode.All));

    string IQueryDialect.InJsonArray(string column, string parameter) => $"{column} IN (SELECT value FROM json_each(@{parameter}))";
}
