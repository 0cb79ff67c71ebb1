using Marsad.Serialization;
using Marsad.Storage.Tests.Sqlite;
using Marsad.Testing;
using Xunit;

namespace Marsad.Storage.Tests.Postgres;

/// <summary>Same corpus in, same articles out, same ranking: SQLite and PostgreSQL side by side.</summary>
public sealed class BackendParityTests(SqliteFixture sqlite, PostgresFixture postgres) : IClassFixture<SqliteFixture>, IClassFixture<PostgresFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SameCorpus_GivesTheSameArticlesAndTheSameTopResults()
    {
        TemporaryPostgres.Require(PostgresServer.Instance);
        var a = await sqlite.PopulatedAsync();
        var b = await postgres.PopulatedAsync();
        var exportA = new List<string>();
        await foreach (var article in a.ExportAsync(ArticleFilter.None, null, Ct))
            exportA.Add(ArticleJson.Serialize(article));
        var exportB = new List<string>();
        await foreach (var article in b.ExportAsync(ArticleFilter.None, null, Ct))
            exportB.Add(ArticleJson.Serialize(article));
        Assert.Equal(exportA, exportB);

        // word queries (titles and short queries): identical hits and scores; phrases: the same matches
        var queries = TestCorpus.Records.Where((_, i) => i % 10 == 0).Select(r => r.Article.Headline)
            .Concat(["مصر", "أحلام حماقي", "الفنان المصري", "ذا فويس"]).ToList();
        Assert.True((await a.SearchAsync(new SearchRequest { Query = "مصر", Limit = 10, EntityFacetSize = 10 }, Ct)).Facets!.Entities.Count == 10,
            "the corpus must give the entity facet something to count, or the comparison below proves nothing");
        foreach (var q in queries)
        {
            var x = await a.SearchAsync(new SearchRequest { Query = q, Limit = 10 }, Ct);
            var y = await b.SearchAsync(new SearchRequest { Query = q, Limit = 10 }, Ct);
            Assert.Equal(x.Total, y.Total);
            // a quoted phrase is scored as one unit by FTS5 and by its words on PostgreSQL (docs/storage.md):
            // the same articles match, the best one agrees, the rest of the order may differ
            if (Marsad.Storage.Search.QueryParser.Parse(q).Include.Any(c => c.IsPhrase))
            {
                Assert.Equal(x.Hits.Select(h => h.Id).Take(1), y.Hits.Select(h => h.Id).Take(1));
                continue;
            }
            Assert.Equal(x.Hits.Select(h => h.Id), y.Hits.Select(h => h.Id));
            Assert.All(x.Hits.Zip(y.Hits), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-9));
            Assert.Equal(x.Hits.Select(h => h.Snippet), y.Hits.Select(h => h.Snippet));
            Assert.Equal(x.Facets!.Days, y.Facets!.Days);
            Assert.Equal(x.Facets.Entities, y.Facets.Entities);
            Assert.Equal(x.Facets.Sources, y.Facets.Sources);
        }
        var phrase = new SearchRequest { Query = "\"عاصي الحلاني\"", Limit = 100 };
        var p1 = await a.SearchAsync(phrase, Ct);
        var p2 = await b.SearchAsync(phrase, Ct);
        Assert.Equal(p1.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), p2.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        var byDate = new SearchRequest { Query = "مصر", Sort = SearchSort.Date, Limit = 20, Filter = new ArticleFilter { From = new DateOnly(2018, 3, 1) } };
        Assert.Equal((await a.SearchAsync(byDate, Ct)).Hits.Select(h => h.Id), (await b.SearchAsync(byDate, Ct)).Hits.Select(h => h.Id));
        Assert.Equal(await a.GetStatisticsAsync(null, Ct) is { } s1 ? (s1.Articles, s1.Days.Count, s1.FirstDay) : default,
            await b.GetStatisticsAsync(null, Ct) is { } s2 ? (s2.Articles, s2.Days.Count, s2.FirstDay) : default);
    }
}
