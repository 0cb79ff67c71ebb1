using System.Text.Json;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Storage;
using Marsad.Storage.Ingestion;

namespace Marsad.Testing.News;

/// <summary>
/// A small, hand-annotated Arabic news week for tests of everything that reads the store (queries, API, web pages):
/// the SANA sample of the repository and six short reports written for the tests (three outlets, 19–22 November 2015,
/// with spelling variants of the same names, quotes reported through an agency, meetings, a visit and an agreement),
/// plus one hostile article whose headline and body carry HTML and script. Ingested through the real ingestor and
/// pipeline; the annotations (<see cref="GoldFindings"/>) replace whatever the shipped analyzers find, so assertions stay
/// fixed while the analyzers improve.
/// </summary>
public static class NewsFixture
{
    /// <summary>The id of the article written with HTML and script in its headline and body.</summary>
    public const string HostileId = "hostile-2015-11-22-script";

    /// <summary>The hostile article's headline, as stored.</summary>
    public const string HostileHeadline = "<script>alert('headline')</script> عاجل: <img src=x onerror=alert('img')> خبر";

    /// <summary>The ids of the fixture articles, SANA's first.</summary>
    public static IReadOnlyList<string> Ids => Lines.Value.Select(l => l.GetProperty("id").GetString()!).ToList();

    private static readonly Lazy<List<JsonElement>> Lines = new(() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "News", "news.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())]);

    /// <summary>The raw documents, as a reader would give them.</summary>
    public static IReadOnlyList<RawDocument> Documents() =>
        [.. Lines.Value.Select(l =>
        {
            var file = l.TryGetProperty("text_file", out var f) ? f.GetString() : null;
            return new RawDocument
            {
                Content = file is null ? l.GetProperty("text").GetString()! : File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, file)),
                Id = l.GetProperty("id").GetString(),
                Title = l.TryGetProperty("title", out var t) ? t.GetString() : null,
                Url = l.GetProperty("url").GetString(),
                Source = l.GetProperty("source").GetString(),
                Published = l.GetProperty("published").GetString(),
                Origin = "news.jsonl:" + l.GetProperty("id").GetString(),
            };
        })];

    /// <summary>Marsad's pipeline with the annotations applied after its steps (and names resolved again).</summary>
    public static ArticlePipeline Pipeline()
    {
        var gold = Lines.Value.ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("gold"), StringComparer.Ordinal);
        var standard = ArticlePipeline.CreateDefault();
        return new ArticlePipeline(Marsad.Extraction.ArticleExtractor.Default, [.. standard.Steps, new GoldFindings(gold), new Analysis.Names.EntityResolver()]);
    }

    /// <summary>The hostile article: a headline and body full of markup that must only ever be shown as text.</summary>
    public static ArticleRecord Hostile()
    {
        var article = new Article
        {
            Id = HostileId,
            Headline = HostileHeadline,
            Published = "2015-11-22T23:00:00+03:00",
            Url = "javascript:alert('url')",
            Source = new ArticleSource { Name = "<b>hostile</b>", Agency = "\"><script>alert('agency')</script>" },
        };
        article.SetParagraphs([
            "نص الخبر <script>alert('body')</script> يتحدث عن روسيا.",
            "صورة <img src=x onerror=alert('body-img')> ورابط <a href=\"javascript:alert(1)\">اضغط</a> في كوالالمبور.",
        ]);
        var russia = article.Text.IndexOf("روسيا", StringComparison.Ordinal);
        article.Entities = [new EntityMention("روسيا", "LOC", russia, russia + 5, "روسيا", "Russia") { Key = "روسيا" }];
        var quoteAt = article.Text.IndexOf("<img", StringComparison.Ordinal);
        article.Quotes = [new Quotation("<img src=x onerror=alert('body-img')>", "<i>مجهول</i>", null, "قال", null, true, quoteAt, quoteAt + 37)];
        article.Related = [new RelatedLink("<script>alert('related')</script>", "javascript:alert('related')")];
        return new ArticleRecord(article, "hostile-hash");
    }

    /// <summary>Ingests the fixture (and the hostile article) into <paramref name="store"/>.</summary>
    public static async Task IngestAsync(IArticleStore store, CancellationToken cancellationToken = default)
    {
        var ingestor = new ArticleIngestor(store, Pipeline(), new IngestOptions { Jobs = 1, BatchSize = 64 });
        var summary = await ingestor.RunAsync(Documents(), (d, e) => throw new InvalidOperationException(d.Origin + ": " + e.Message, e), null, cancellationToken).ConfigureAwait(false);
        if (summary.Failed > 0)
            throw new InvalidOperationException($"{summary.Failed} fixture articles failed");
        await store.WriteAsync([Hostile()], cancellationToken).ConfigureAwait(false);
    }
}
