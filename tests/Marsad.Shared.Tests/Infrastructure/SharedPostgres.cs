using Marsad.Testing;
using Xunit;

[assembly: AssemblyFixture(typeof(Marsad.Shared.Tests.Infrastructure.SharedPostgres))]

namespace Marsad.Shared.Tests.Infrastructure;

/// <summary>One throwaway PostgreSQL server for the run's tests that do not stop it; each test gets its own database.</summary>
public sealed class SharedPostgres : IDisposable
{
    private static readonly Lazy<TemporaryPostgres?> Server = new(TemporaryPostgres.TryStart, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A new empty database (the test skips when PostgreSQL is not installed; CI=true fails).</summary>
    public static string CreateDatabase() => TemporaryPostgres.Require(Server.Value).CreateDatabase();

    public void Dispose()
    {
        if (Server.IsValueCreated)
            Server.Value?.Dispose();
    }
}
