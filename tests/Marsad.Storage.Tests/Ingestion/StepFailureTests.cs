using System.Collections.Concurrent;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Storage.Ingestion;
using Marsad.Testing;
using Xunit;

namespace Marsad.Storage.Tests.Ingestion;

/// <summary>An analysis step that throws on one article costs neither that article nor the others, and is reported.</summary>
public sealed class StepFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly RawDocument[] Documents =
    [
        new RawDocument { Id = "a1", Title = "لافروف يلتقي نظيره الصيني في موسكو", Content = "التقى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو نظيره الصيني وانغ يي وبحثا العلاقات الثنائية." },
        new RawDocument { Id = "a2", Title = "الأمطار تغمر شوارع الإسكندرية", Content = "غمرت الأمطار الغزيرة شوارع مدينة الإسكندرية المصرية صباح اليوم وتعطلت حركة المرور في عدة أحياء." },
        new RawDocument { Id = "a3", Title = "المنتخب السعودي يفوز على نظيره العماني", Content = "فاز المنتخب السعودي لكرة القدم على نظيره العماني بهدفين مقابل هدف في المباراة التي أقيمت في الرياض." },
    ];

    [Fact]
    public async Task Ingest_StoresEveryArticle_AndNamesTheStepThatFailed()
    {
        using var dir = new TempDirectory();
        await using var store = await ArticleStore.OpenAsync(dir.File("marsad.db"), create: true, Ct);
        var reported = new ConcurrentDictionary<string, IReadOnlyList<string>>();
        var pipeline = WithFailingStep();
        var ingestor = new ArticleIngestor(store, pipeline, new IngestOptions { Jobs = 2, OnStepFailure = (d, steps) => reported[d.Id!] = steps });

        var summary = await ingestor.RunAsync(Documents, cancellationToken: Ct);

        Assert.Equal(3, summary.Added);
        Assert.Equal(0, summary.Failed);
        Assert.Equal(1, summary.Incomplete);
        var steps = Assert.Single(reported, r => r.Key == "a2").Value;
        Assert.Equal("flood-detector: InvalidOperationException: cannot handle الأمطار", Assert.Single(steps));
        // the article with the failed step keeps what the other steps found: its topic and keywords are there
        var stored = await store.GetArticleAsync("a2", Ct);
        Assert.NotNull(stored);
        Assert.NotNull(stored.Topic);
        Assert.NotEmpty(stored.Keywords);
        Assert.Equal("لافروف يلتقي نظيره الصيني في موسكو", (await store.GetArticleAsync("a1", Ct))!.Headline);
    }

    private static ArticlePipeline WithFailingStep() =>
        new(ArticleExtractor.Default, [new Throwing(), .. ArticlePipeline.CreateDefault().Steps]);

    private sealed class Throwing : IAnalysisStep
    {
        public string Name => "flood-detector";

        public void Analyze(Article article)
        {
            if (article.Text.Contains("الأمطار", StringComparison.Ordinal))
                throw new InvalidOperationException("cannot handle الأمطار");
        }
    }
}
