using Marsad.Analysis;
using Marsad.Shared.Tests.Infrastructure;
using Marsad.Sources;
using Marsad.Storage;
using Marsad.Storage.Ingestion;
using Marsad.Storage.Internal;
using Marsad.Storage.Maintenance;
using Marsad.Testing;
using Xunit;

namespace Marsad.Shared.Tests.Maintenance;

/// <summary>
/// Re-analysis on both stores: interrupted after three batches, a second run resumes after the last recorded article
/// and rewrites exactly the rest; a run after a finished one starts from the first article again. Nothing is lost,
/// added or left marked.
/// </summary>
public sealed class ReanalyzerTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reanalyze_Interrupted_ResumesWhereItStopped_AndRewritesEveryArticle(bool postgres)
    {
        var token = TestContext.Current.CancellationToken;
        using var dir = new TempDirectory();
        var (corpus, ids) = SmallArticles.Write(dir, 120);
        var location = postgres ? SharedPostgres.CreateDatabase() : dir.File("store/marsad.db");
        await using var store = await ArticleStore.OpenAsync(location, create: true, token);
        var pipeline = ArticlePipeline.CreateDefault();
        var ingested = await new ArticleIngestor(store, pipeline, new IngestOptions { Jobs = 2 })
            .RunAsync(DocumentReader.Read([corpus], InputFormat.Auto, e => Assert.Fail(e.Message), token), cancellationToken: token);
        Assert.Equal(120, ingested.Added);
        var hashes = await HashesAsync(store, token);

        // interrupted: cancelled once the third batch of 16 is recorded
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var reports = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new Reanalyzer(store, pipeline, 2, batchSize: 16)
            .RunAsync(progress: new ProgressTo(_ =>
            {
                if (++reports == 3)
                    stop.Cancel();
            }), cancellationToken: stop.Token));

        var resumed = await new Reanalyzer(store, pipeline, 2, batchSize: 16).RunAsync(cancellationToken: token);
        Assert.True(resumed.Finished);
        Assert.Equal(48, resumed.ResumedAfter);
        Assert.Equal(120 - 48, resumed.Processed);
        Assert.Equal(120 - 48, resumed.Updated);
        Assert.Equal(0, resumed.Failed + resumed.WithoutRaw);

        // a finished run is not resumed: the next one starts over
        var again = await new Reanalyzer(store, pipeline, 2, batchSize: 50).RunAsync(cancellationToken: token);
        Assert.Null(again.ResumedAfter);
        Assert.Equal(120, again.Processed);
        Assert.Equal(120, again.Updated);

        // the same articles with their real content hashes (none left marked), findings once each, searchable
        Assert.Equal(hashes, await HashesAsync(store, token));
        Assert.Equal(ids.Order(StringComparer.Ordinal), hashes.Keys.Order(StringComparer.Ordinal));
        var db = SharedDatabase.Of(store);
        Assert.Equal(0, await db.RunAsync(c => SharedSql.ScalarAsync(c, null, "SELECT count(*) FROM (SELECT article, ord FROM entity_mentions GROUP BY article, ord HAVING count(*) > 1) d", token), token));
        var first = await store.GetArticleAsync(ids[0], token);
        var results = await store.SearchAsync(new SearchRequest { Query = first!.Headline, PlainText = true, Limit = 20 }, token);
        Assert.Contains(results.Hits, h => h.Id == ids[0]);
    }

    private static Task<Dictionary<string, string>> HashesAsync(IArticleStore store, CancellationToken token) =>
        SharedDatabase.Of(store).RunAsync(async connection =>
        {
            await using var command = SharedSql.Command(connection, null, "SELECT id, content_hash FROM articles");
            await using var reader = await command.ExecuteReaderAsync(token);
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(token))
                hashes[reader.GetString(0)] = reader.GetString(1);
            return hashes;
        }, token);

    private sealed class ProgressTo(Action<ReanalyzeSummary> report) : IProgress<ReanalyzeSummary>
    {
        public void Report(ReanalyzeSummary value) => report(value);
    }
}
