using Marsad.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>Migrations of an existing embedded store: backfills are exact, and a migration missed in between is applied.</summary>
public sealed class SqliteMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EntityFacetRows_BackfilledByTheMigration_GiveTheSameFacetsAsRowsWrittenAtIngest()
    {
        using var dir = new TempDirectory();
        var path = dir.File("marsad.db");
        var queries = new[] { "مصر", "السعودية", "الرئيس", "فيلم", "" };
        List<List<EntityFacetCount>> written;
        await using (var store = await ArticleStore.OpenAsync(path, create: true, Ct))
        {
            await store.WriteAsync(TestCorpus.Records.Take(150).ToList(), Ct);
            written = await FacetsAsync(store, queries);
        }
        Assert.Contains(written, f => f.Count >= 10);
        Assert.Contains(written[0], e => e.Name == "مصر" && e.Type == "LOC");

        // as a store from before migration 9 looked: no facet rows, version 9 not recorded (and 9 is not the newest
        // applied when a later migration exists: the runner applies every missing version, not only newer ones)
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE article_entity_facets; DELETE FROM schema_migrations WHERE version = 9;";
            command.ExecuteNonQuery();
        }
        await using (var store = await ArticleStore.OpenAsync(path, create: false, Ct))
            Assert.Equal(written, await FacetsAsync(store, queries));
    }

    private static async Task<List<List<EntityFacetCount>>> FacetsAsync(IArticleStore store, IEnumerable<string> queries)
    {
        var facets = new List<List<EntityFacetCount>>();
        foreach (var q in queries)
            facets.Add([.. (await store.SearchAsync(new SearchRequest { Query = q, Limit = 5, EntityFacetSize = 25 }, Ct)).Facets!.Entities]);
        return facets;
    }
}
