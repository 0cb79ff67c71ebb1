using Marsad.Testing;

namespace Marsad.Storage.Tests.Postgres;

/// <summary>Databases on the test run's throwaway PostgreSQL server (<see cref="PostgresServer"/>).</summary>
public sealed class PostgresFixture : StoreFixture
{
    public override async Task<IArticleStore> CreateEmptyAsync()
    {
        var server = TemporaryPostgres.Require(PostgresServer.Instance);
        return await ArticleStore.OpenAsync(server.CreateDatabase());
    }
}
