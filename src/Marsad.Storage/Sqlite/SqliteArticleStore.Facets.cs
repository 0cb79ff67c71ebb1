using Marsad.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

internal sealed partial class SqliteArticleStore
{
    /// <summary>
    /// The total and the source, topic and day facets in one pass over the matches (no scoring), and the entity facet
    /// over the mentions of the <paramref name="best"/> hits.
    /// </summary>
    private static (long Total, SearchFacets Facets) Facets(SqliteConnection connection, string from, FilterSql filter, string? match,
        List<long> best, int entityFacetSize)
    {
        var sources = new Dictionary<string, long>(StringComparer.Ordinal);
        var topics = new Dictionary<string, long>(StringComparer.Ordinal);
        var days = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        using (var command = Command(connection, $"SELECT a.source, a.topic, a.day {from}", filter, match))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                total++;
                Increment(sources, reader, 0);
                Increment(topics, reader, 1);
                Increment(days, reader, 2);
            }
        }
        return (total, new SearchFacets(
            Sorted(sources).Take(100).ToList(),
            Sorted(topics),
            Entities(connection, best, entityFacetSize),
            days.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new FacetCount(d.Key, d.Value)).ToList()));
    }

    private static void Increment(Dictionary<string, long> counts, SqliteDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
            return;
        var value = reader.GetString(column);
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    /// <summary>Most frequent first, then by value in SQLite's binary order (as PostgreSQL's COLLATE "C").</summary>
    private static List<FacetCount> Sorted(Dictionary<string, long> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, Utf8Order.Instance).Select(c => new FacetCount(c.Key, c.Value)).ToList();

    /// <summary>The entity facet over the <paramref name="best"/> hits, from their facet rows (see <see cref="SqliteEntityFacet"/>).</summary>
    private static List<EntityFacetCount> Entities(SqliteConnection connection, List<long> best, int size)
    {
        if (best.Count == 0 || size <= 0)
            return [];
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entities FROM article_entity_facets WHERE key IN (SELECT value FROM json_each(@keys))";
        command.Parameters.AddWithValue("@keys", KeyList(best));
        var counts = new Dictionary<string, SqliteEntityFacet.Tally>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            SqliteEntityFacet.Add(counts, reader.GetString(0));
        return SqliteEntityFacet.Top(counts, size);
    }

    /// <summary>(value, count) rows of a GROUP BY query.</summary>
    private static List<FacetCount> Counts(SqliteConnection connection, string sql, FilterSql? filter = null)
    {
        using var command = Command(connection, sql, filter, null);
        using var reader = command.ExecuteReader();
        var counts = new List<FacetCount>();
        while (reader.Read())
            counts.Add(new FacetCount(reader.GetString(0), reader.GetInt64(1)));
        return counts;
    }
}
