using System.Text;
using System.Text.Json;
using Marsad.Serialization;
using Parquet;
using Parquet.Schema;

namespace Marsad.Cli;

/// <summary>Writes exported articles as JSON lines, CSV (RFC 4180, UTF-8) or Parquet (one row group per 2,000 articles).</summary>
internal static class ArticleExport
{
    private const int RowGroupSize = 2000;

    private static readonly string[] StringColumns =
        ["id", "url", "source", "agency", "section", "headline", "subheadline", "published", "dateline_place", "dateline_agency", "topic", "language", "text", "keywords", "entities", "quotes", "events"];

    public static async Task<long> WriteJsonlAsync(IAsyncEnumerable<Article> articles, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        long count = 0;
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteLineAsync(ArticleJson.Serialize(article)).ConfigureAwait(false);
            count++;
        }
        return count;
    }

    public static async Task<long> WriteCsvAsync(IAsyncEnumerable<Article> articles, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', StringColumns.Take(12).Append("topic_score").Append("text").Append("keywords").Append("entities"))).ConfigureAwait(false);
        long count = 0;
        await foreach (var a in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var v = Values(a);
            var fields = v.Take(12).Append(a.Topic?.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .Append(v[12]).Append(string.Join("؛ ", a.Keywords)).Append(string.Join("؛ ", a.Entities.Select(e => $"{e.Canonical ?? e.Text} ({e.Type})").Distinct(StringComparer.Ordinal)));
            await writer.WriteLineAsync(string.Join(',', fields.Select(Csv))).ConfigureAwait(false);
            count++;
        }
        return count;
    }

    public static async Task<long> WriteParquetAsync(IAsyncEnumerable<Article> articles, Stream output, CancellationToken cancellationToken)
    {
        var fields = StringColumns.Select(name => new DataField(name, typeof(string), isNullable: true)).ToList();
        var score = new DataField("topic_score", typeof(double), isNullable: true);
        var schema = new ParquetSchema([.. fields, score]);
        await using var writer = await ParquetWriter.CreateAsync(schema, output, null, false, cancellationToken).ConfigureAwait(false);
        var rows = new List<Article>(RowGroupSize);
        long count = 0;
        async Task Flush()
        {
            if (rows.Count == 0)
                return;
            using var group = writer.CreateRowGroup();
            var values = rows.Select(Values).ToList();
            for (var c = 0; c < fields.Count; c++)
                await group.WriteAsync(fields[c], values.Select(v => v[c]).ToList()!, null).ConfigureAwait(false);
            await group.WriteAsync<double>(score, rows.Select(r => r.Topic?.Score).ToArray().AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
            count += rows.Count;
            rows.Clear();
        }
        await foreach (var a in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(a);
            if (rows.Count == RowGroupSize)
                await Flush().ConfigureAwait(false);
        }
        await Flush().ConfigureAwait(false);
        return count;
    }

    /// <summary>The string columns of one article, in <see cref="StringColumns"/> order; lists as JSON.</summary>
    private static string?[] Values(Article a) =>
    [
        a.Id, a.Url, a.Source?.Name, a.Source?.Agency, a.Section, a.Headline, a.Subheadline, a.Published, a.Dateline?.Place, a.Dateline?.Agency,
        a.Topic?.Label, a.Language, a.Text,
        JsonSerializer.Serialize(a.Keywords, ArticleJson.Options),
        JsonSerializer.Serialize(a.Entities, ArticleJson.Options),
        JsonSerializer.Serialize(a.Quotes, ArticleJson.Options),
        JsonSerializer.Serialize(a.Events, ArticleJson.Options),
    ];

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.AsSpan().IndexOfAny("\",\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
