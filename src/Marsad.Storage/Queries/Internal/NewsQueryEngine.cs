using System.Data.Common;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Queries.Internal;

/// <summary>
/// The read-side queries (<see cref="INewsQueries"/>) written once for both backends over <see cref="IQueryDialect"/>.
/// Every value is a parameter; nothing a user types is spliced into SQL.
/// </summary>
internal sealed partial class NewsQueryEngine(IQueryDialect dialect) : INewsQueries
{
    /// <summary>The columns <see cref="ReadArticle"/> reads, from <c>articles a</c>.</summary>
    private const string ArticleColumns = "a.id, a.headline, a.published, a.source, a.agency, a.topic";

    /// <summary>How many candidate rows a filter evaluated in memory (quote subjects, event actors) looks at, at most.</summary>
    internal const int ScanLimit = 50_000;

    private const string NewestFirst = "a.published_at DESC NULLS LAST, a.id";

    private readonly IQueryDialect _d = dialect;

    private static ArticleRef ReadArticle(DbDataReader r, int at) => new(
        r.GetString(at), r.GetString(at + 1), QueryCommand.Str(r, at + 2), QueryCommand.Str(r, at + 3),
        QueryCommand.Str(r, at + 4), QueryCommand.Str(r, at + 5));

    private FilterSql Filter(ArticleFilter? filter) => FilterSql.Build(filter, _d.DayValue);

    private static List<(string, object?)> Parameters(params (string Name, object? Value)[] parameters) => [.. parameters];
}
