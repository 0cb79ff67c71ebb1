using Marsad.Storage;
using Marsad.Storage.Queries;
using Marsad.Testing;
using Marsad.Testing.News;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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

/// <summary>
/// A SQLite app whose API lets one request run per client and none wait (to see the limiter answer). Its entity list
/// passes through <see cref="Gate"/>, so a test can hold one request inside the limiter while it sends another.
/// </summary>
public sealed class TightLimitsWebFactory : SqliteWebFactory
{
    public QueryGate Gate { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Marsad:ConcurrentRequestsPerClient"] = "1",
        ["Marsad:QueuedRequestsPerClient"] = "0",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var registered = services.Single(d => d.ServiceType == typeof(INewsQueries));
            services.Remove(registered);
            services.AddSingleton<INewsQueries>(sp => new GatedNewsQueries((INewsQueries)registered.ImplementationFactory!(sp), Gate));
        });
    }
}

/// <summary>Holds the first call that passes it after <see cref="Arm"/> until released; open otherwise.</summary>
public sealed class QueryGate
{
    private TaskCompletionSource? _entered;
    private TaskCompletionSource? _release;

    /// <summary>Makes the next call wait; the returned task completes when that call has arrived.</summary>
    public Task Arm()
    {
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _entered.Task;
    }

    /// <summary>Lets the held call go on.</summary>
    public void Release() => Interlocked.Exchange(ref _release, null)?.TrySetResult();

    internal Task PassAsync(CancellationToken cancellationToken)
    {
        // only the first call after Arm waits; the others pass
        var release = _release;
        if (release is null || Interlocked.Exchange(ref _entered, null) is not { } entered)
            return Task.CompletedTask;
        entered.TrySetResult();
        return release.Task.WaitAsync(cancellationToken);
    }
}

/// <summary>The real queries, with the entity list made to wait at a <see cref="QueryGate"/>.</summary>
internal sealed class GatedNewsQueries(INewsQueries inner, QueryGate gate) : INewsQueries
{
    public async Task<Page<EntitySummary>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        await gate.PassAsync(cancellationToken);
        return await inner.ListEntitiesAsync(query, cancellationToken);
    }

    public Task<EntityProfile?> GetEntityAsync(string nameOrKey, EntityProfileOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.GetEntityAsync(nameOrKey, options, cancellationToken);

    public Task<Page<QuoteItem>> ListQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default) =>
        inner.ListQuotesAsync(query, cancellationToken);

    public Task<EventPage> ListEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        inner.ListEventsAsync(query, cancellationToken);

    public Task<IReadOnlyList<SourceDayCount>> GetVolumeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        inner.GetVolumeAsync(from, to, cancellationToken);

    public Task<IReadOnlyList<EntityTrend>> GetRisingEntitiesAsync(DateRange recent, DateRange baseline, int limit = 10, int minimumArticles = 2, CancellationToken cancellationToken = default) =>
        inner.GetRisingEntitiesAsync(recent, baseline, limit, minimumArticles, cancellationToken);

    public Task<IReadOnlyList<ArticleRef>> GetLeadArticlesAsync(DateOnly? day, int limit = 10, CancellationToken cancellationToken = default) =>
        inner.GetLeadArticlesAsync(day, limit, cancellationToken);

    public Task<IReadOnlyDictionary<string, StoryRef>> GetArticleStoriesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) =>
        inner.GetArticleStoriesAsync(articleIds, cancellationToken);

    public Task<IReadOnlyList<EntityStory>> ListEntityStoriesAsync(string entityKey, int limit = 10, CancellationToken cancellationToken = default) =>
        inner.ListEntityStoriesAsync(entityKey, limit, cancellationToken);
}
