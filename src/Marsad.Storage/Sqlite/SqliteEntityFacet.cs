using System.Text;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The embedded store's entity facet: "the entities most often mentioned in the best hits". Each article keeps one small
/// row (<c>article_entity_facets</c>) listing its distinct entity keys, each with the largest type and name of its
/// mentions in that article (binary order), so the facet reads one row per hit instead of every mention, and counts in
/// memory. The result is exactly that of <c>SELECT key, max(coalesce(canonical, text)), max(type), count(DISTINCT
/// article) … GROUP BY key ORDER BY count DESC, key</c> over the hits' mentions (what PostgreSQL runs), because a
/// maximum of per-article maxima is the maximum.
/// </summary>
internal static class SqliteEntityFacet
{
    private const char EntrySeparator = '\u001E';
    private const char FieldSeparator = '\u001F';

    /// <summary>The facet row of an article's mentions (key, type, name per distinct key).</summary>
    public static string Encode(IReadOnlyList<(string Key, EntityMention Mention)> mentions)
    {
        var entries = new Dictionary<string, (string Type, string Name)>(StringComparer.Ordinal);
        foreach (var (key, m) in mentions)
        {
            var name = m.Canonical ?? m.Text;
            entries[key] = entries.TryGetValue(key, out var seen)
                ? (Max(seen.Type, m.Type), Max(seen.Name, name))
                : (m.Type, name);
        }
        var sb = new StringBuilder();
        foreach (var (key, (type, name)) in entries)
        {
            if (sb.Length > 0)
                sb.Append(EntrySeparator);
            sb.Append(Clean(key)).Append(FieldSeparator).Append(Clean(type)).Append(FieldSeparator).Append(Clean(name));
        }
        return sb.ToString();
    }

    /// <summary>Adds one article's facet row to the running counts (strings are made only for keys seen first and for new maxima).</summary>
    public static void Add(Dictionary<string, Tally> counts, string row)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in row.AsSpan().Split(EntrySeparator))
        {
            var entry = row.AsSpan(range);
            var first = entry.IndexOf(FieldSeparator);
            var second = first < 0 ? -1 : entry[(first + 1)..].IndexOf(FieldSeparator);
            if (second < 0)
                continue;
            var key = entry[..first];
            var type = entry.Slice(first + 1, second);
            var name = entry[(first + second + 2)..];
            if (lookup.TryGetValue(key, out var tally))
            {
                tally.Articles++;
                if (Compare(type, tally.Type) > 0)
                    tally.Type = type.ToString();
                if (Compare(name, tally.Name) > 0)
                    tally.Name = name.ToString();
            }
            else
            {
                lookup[key] = new Tally { Articles = 1, Type = type.ToString(), Name = name.ToString() };
            }
        }
    }

    /// <summary>The <paramref name="size"/> most mentioned, ties by key in binary order.</summary>
    public static List<EntityFacetCount> Top(Dictionary<string, Tally> counts, int size) =>
        [.. counts.OrderByDescending(c => c.Value.Articles).ThenBy(c => c.Key, Utf8Order.Instance).Take(size)
            .Select(c => new EntityFacetCount(c.Key, c.Value.Name, c.Value.Type, c.Value.Articles))];

    /// <summary>One key's running count, largest type and largest name.</summary>
    public sealed class Tally
    {
        public long Articles { get; set; }

        public required string Type { get; set; }

        public required string Name { get; set; }
    }

    private static string Max(string a, string b) => Utf8Order.Instance.Compare(a, b) >= 0 ? a : b;

    private static int Compare(ReadOnlySpan<char> a, string b) => Utf8Order.CompareSpans(a, b);

    private static string Clean(string s) =>
        s.AsSpan().IndexOfAny(EntrySeparator, FieldSeparator) < 0 ? s : s.Replace(EntrySeparator, ' ').Replace(FieldSeparator, ' ');
}
