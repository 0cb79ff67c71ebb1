using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Benchmarks.Store;

/// <summary>
/// The known-item set of issue 4: ANT v2.1 train (24,143 articles); documents are the bodies without titles, queries are
/// the titles, and the relevant document of a query is the article it titles.
/// </summary>
internal sealed record KnownItemCorpus(List<(string Id, string Title, string Body, string? Source, string? Published, string? Url)> Articles)
{
    public static KnownItemCorpus Load(string path)
    {
        var list = new List<(string, string, string, string?, string?, string?)>();
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            string? S(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = S("id");
            var text = S("text");
            if (id is null || string.IsNullOrWhiteSpace(text))
                continue;
            list.Add((id, S("title") ?? "", text, S("source"), S("published"), S("url")));
        }
        return new KnownItemCorpus(list);
    }

    /// <summary>Writes the bodies as JSON lines (id, text, source, published, url: no title), the input of <c>marsad ingest</c>.</summary>
    public void WriteBodies(string path)
    {
        using var w = new StreamWriter(path);
        foreach (var a in Articles)
            w.WriteLine(JsonSerializer.Serialize(new { id = a.Id, text = a.Body, source = a.Source, published = a.Published, url = a.Url }));
    }

    /// <summary>Every <paramref name="step"/>-th article with a title: the queries (the same sample for every system).</summary>
    public List<(string Id, string Title)> Queries(int count)
    {
        var titled = Articles.Where(a => a.Title.Trim().Length > 0).ToList();
        var step = Math.Max(1, titled.Count / count);
        return titled.Where((_, i) => i % step == 0).Take(count).Select(a => (a.Id, a.Title)).ToList();
    }

    public static void WriteQueries(string path, List<(string Id, string Title)> queries)
    {
        using var w = new StreamWriter(path);
        foreach (var (id, title) in queries)
            w.WriteLine(JsonSerializer.Serialize(new { qid = id, query = title }));
    }

    /// <summary>MRR@10: the mean of 1/rank of the relevant article within the first ten, 0 when absent.</summary>
    public static double Mrr(IEnumerable<(string Relevant, IReadOnlyList<string> Ranked)> runs)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var (relevant, ranked) in runs)
        {
            n++;
            for (var i = 0; i < Math.Min(10, ranked.Count); i++)
            {
                if (ranked[i] == relevant)
                {
                    sum += 1.0 / (i + 1);
                    break;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
