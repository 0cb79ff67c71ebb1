using Marsad.Storage.Queries.Internal;

namespace Marsad.Storage.Queries;

/// <summary>Reaches the read-side queries of a store.</summary>
public static class NewsQueries
{
    /// <summary>The <see cref="INewsQueries"/> of <paramref name="store"/> (both shipped backends offer them).</summary>
    /// <exception cref="NotSupportedException">The store is another implementation without them.</exception>
    public static INewsQueries Of(IArticleStore store) =>
        store is IQueryDialect dialect
            ? new NewsQueryEngine(dialect)
            : throw new NotSupportedException($"{store.Description} does not offer entity, quote and event queries");
}
