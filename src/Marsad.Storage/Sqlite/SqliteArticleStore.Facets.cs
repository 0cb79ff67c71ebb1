using Marsad.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

internal sealed partial class SqliteArticleStore
{
    /// <summary>The total and the source, topic and day facets of a search's matches, counted in one pass (no scoring).</summary>
    private sealed record FacetPassResult(long Total, List<FacetCount> Sources, List<FacetCount> Topics, List<FacetCount> Days);

    /// <summary>
    /// Runs <see cref="FacetPass"/> on a connection of its own, so that a search's ranking and hits on its connection and
    /// this pass over every match run on two cores at once (each connection reads its own WAL snapshot: with a write
    /// committed between them, the total may count an article the hits have not seen yet).
    /// </summary>
    private Task<FacetPassResult> FacetPassAsync(string from, FilterSql filter, string? match, CancellationToken cancellationToken) =>
        Task.Run(() => RunAsync(connection => Task.FromResult(FacetPass(connection, from, filter, match)), cancellationToken), cancellationToken);

    private static FacetPassResult FacetPass(SqliteConnection connection, string from, FilterSql filter, string? match)
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
        return new FacetPassResult(total, Sorted(sources).Take(100).ToList(), Sorted(topics),
            days.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new FacetCount(d.Key, d.Value)).ToList());
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
