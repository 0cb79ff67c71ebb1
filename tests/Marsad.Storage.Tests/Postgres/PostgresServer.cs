using Marsad.Testing;
using Xunit;

[assembly: AssemblyFixture(typeof(Marsad.Storage.Tests.Postgres.PostgresServer))]

namespace Marsad.Storage.Tests.Postgres;

/// <summary>One throwaway PostgreSQL server for the whole test run, started on first use and stopped when the run ends.</summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<TemporaryPostgres?> Server = new(TemporaryPostgres.TryStart, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server, or null when PostgreSQL is not installed (tests skip; CI=true fails).</summary>
    public static TemporaryPostgres? Instance => Server.Value;

    public void Dispose()
    {
        if (Server.IsValueCreated)
            Server.Value?.Dispose();
    }
}
