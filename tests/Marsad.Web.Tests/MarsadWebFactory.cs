using Marsad.Storage;
using Marsad.Testing;
using Marsad.Testing.News;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Marsad.Web.Tests;

/// <summary>
/// The real web application (<see cref="Program"/>) over a real store holding the annotated news fixture, ingested
/// through the real ingestor. Subclasses choose the backend.
/// </summary>
public abstract class MarsadWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The <c>--db</c> value of the store the app serves.</summary>
    public string Db { get; private set; } = "";

    /// <summary>Extra configuration (tests of limits).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected abstract Task<string> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        Db = await CreateStoreAsync();
        await using var store = await ArticleStore.OpenAsync(Db, create: true);
        await NewsFixture.IngestAsync(store);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Marsad:Db", Db);
        foreach (var (k, v) in Settings)
            builder.UseSetting(k, v);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected virtual void Cleanup()
    {
    }
}

/// <summary>The app over an embedded SQLite store in a temporary folder.</summary>
public class SqliteWebFactory : MarsadWebFactory
{
    private readonly TempDirectory _directory = new();

    protected override Task<string> CreateStoreAsync() => Task.FromResult(_directory.File("news.db"));

    protected override void Cleanup() => _directory.Dispose();
}

/// <summary>The app over a database on a throwaway PostgreSQL server (skipped when PostgreSQL is not installed).</summary>
public sealed class PostgresWebFactory : MarsadWebFactory
{
    private static readonly Lazy<TemporaryPostgres?> PgServer = new(TemporaryPostgres.TryStart, LazyThreadSafetyMode.ExecutionAndPublication);

    protected override Task<string> CreateStoreAsync() => Task.FromResult(TemporaryPostgres.Require(PgServer.Value).CreateDatabase());

    protected override void Cleanup()
    {
        if (PgServer.IsValueCreated)
            PgServer.Value?.Dispose();
    }
}

/// <summary>A SQLite app whose API lets one request run per client and none wait (to see the limiter answer).</summary>
public sealed class TightLimitsWebFactory : SqliteWebFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Marsad:ConcurrentRequestsPerClient"] = "1",
        ["Marsad:QueuedRequestsPerClient"] = "0",
    };
}
