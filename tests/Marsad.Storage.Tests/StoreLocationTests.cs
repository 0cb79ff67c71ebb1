using Xunit;

namespace Marsad.Storage.Tests;

public sealed class StoreLocationTests
{
    [Fact]
    public void Default_IsTheEmbeddedStoreUnderMarsadData()
    {
        var l = StoreLocation.Parse(null);
        Assert.Equal(StoreKind.Sqlite, l.Kind);
        Assert.Equal(Path.GetFullPath("marsad-data/marsad.db"), l.Value);
    }

    [Fact]
    public void PostgresUri_BecomesAConnectionString_AndMessagesHideThePassword()
    {
        var l = StoreLocation.Parse("postgres://marsad:s3cr%40t@db.example:6543/news?sslmode=disable");
        Assert.Equal(StoreKind.Postgres, l.Kind);
        Assert.Contains("Host=db.example", l.Value);
        Assert.Contains("Port=6543", l.Value);
        Assert.Contains("Database=news", l.Value);
        Assert.Contains("Password=s3cr@t", l.Value);
        Assert.DoesNotContain("s3cr", l.Display);
    }

    [Fact]
    public void KeyValueConnectionString_IsPostgres()
    {
        var l = StoreLocation.Parse("Host=127.0.0.1;Port=5432;Username=marsad;Database=postgres");
        Assert.Equal(StoreKind.Postgres, l.Kind);
        Assert.Equal("PostgreSQL 127.0.0.1:5432/postgres", l.Display);
    }

    [Fact]
    public void BadUri_IsAClearError()
    {
        var e = Assert.Throws<StoreException>(() => StoreLocation.Parse("postgres://"));
        Assert.Contains("postgres://user:pass@host:port/database", e.Message);
    }
}
