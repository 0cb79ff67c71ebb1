using Marsad.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>The embedded store never loses or silently replaces data: bad files get clear errors and are left untouched.</summary>
public sealed class SqliteSafetyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotADatabase_IsAClearErrorNamingTheFile_AndTheFileIsUntouched()
    {
        using var dir = new TempDirectory();
        var path = dir.File("marsad.db");
        var junk = "هذا ليس ملف قاعدة بيانات"u8.ToArray().Concat(new byte[5000]).ToArray();
        await File.WriteAllBytesAsync(path, junk, Ct);
        var e = await Assert.ThrowsAsync<StoreException>(() => ArticleStore.OpenAsync(path, create: true, Ct));
        Assert.Contains(path, e.Message);
        Assert.Contains("not a Marsad store", e.Message);
        Assert.Equal(junk, await File.ReadAllBytesAsync(path, Ct));
    }

    [Fact]
    public async Task CorruptPages_AreAClearError_NotSilentLoss()
    {
        using var dir = new TempDirectory();
        var path = dir.File("marsad.db");
        await using (var store = await ArticleStore.OpenAsync(path, create: true, Ct))
            await store.WriteAsync(TestCorpus.Records.Take(100).ToList(), Ct);
        Checkpoint(path);
        // overwrite the middle of the file (B-tree pages, keeping the header) with garbage
        var bytes = await File.ReadAllBytesAsync(path, Ct);
        var random = new Random(4);
        for (var i = 4096 * 3; i < bytes.Length - 4096; i++)
            bytes[i] = (byte)random.Next(256);
        await File.WriteAllBytesAsync(path, bytes, Ct);
        var error = await Record.ExceptionAsync(async () =>
        {
            await using var store = await ArticleStore.OpenAsync(path, create: false, Ct);
            await store.SearchAsync(new SearchRequest { Query = "مصر", Limit = 100 }, Ct);
            await foreach (var _ in store.ExportAsync(ArticleFilter.None, null, Ct))
            {
            }
        });
        var e = Assert.IsType<StoreException>(error);
        Assert.Contains(path, e.Message);
        Assert.Contains("corrupt", e.Message);
    }

    [Fact]
    public async Task AnotherApplicationsDatabase_IsRefused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("other.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)";
            cmd.ExecuteNonQuery();
        }
        var e = await Assert.ThrowsAsync<StoreException>(() => ArticleStore.OpenAsync(path, create: true, Ct));
        Assert.Contains("not a Marsad store", e.Message);
    }

    [Fact]
    public async Task NewerSchema_IsRefused_MissingStoreIsNotCreatedBySearch()
    {
        using var dir = new TempDirectory();
        var path = dir.File("marsad.db");
        await using (await ArticleStore.OpenAsync(path, create: true, Ct))
        {
        }
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_migrations VALUES (999, 'from the future', 'x')";
            cmd.ExecuteNonQuery();
        }
        var e = await Assert.ThrowsAsync<StoreException>(() => ArticleStore.OpenAsync(path, create: false, Ct));
        Assert.Contains("newer", e.Message);
        var missing = dir.File("none/marsad.db");
        var e2 = await Assert.ThrowsAsync<StoreException>(() => ArticleStore.OpenAsync(missing, create: false, Ct));
        Assert.Contains("no store here", e2.Message);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Store_UsesWriteAheadLogging_AndPassesIntegrityChecks()
    {
        using var dir = new TempDirectory();
        var path = dir.File("marsad.db");
        await using (var store = await ArticleStore.OpenAsync(path, create: true, Ct))
            await store.WriteAsync(TestCorpus.Records.Take(50).ToList(), Ct);
        using var c = new SqliteConnection($"Data Source={path};Pooling=false");
        c.Open();
        Assert.Equal("wal", Scalar(c, "PRAGMA journal_mode"));
        Assert.Equal("ok", Scalar(c, "PRAGMA integrity_check"));
        Scalar(c, "INSERT INTO article_terms(article_terms) VALUES ('integrity-check')");
        // every migration ran, once each
        var latest = Marsad.Storage.Sqlite.SqliteMigrations.All[^1].Version;
        Assert.Equal(latest.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(c, "SELECT max(version) FROM schema_migrations"));
        Assert.Equal(Marsad.Storage.Sqlite.SqliteMigrations.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(c, "SELECT count(*) FROM schema_migrations"));
    }

    private static void Checkpoint(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=false");
        c.Open();
        Scalar(c, "PRAGMA wal_checkpoint(TRUNCATE)");
        Scalar(c, "PRAGMA journal_mode=DELETE");
    }

    private static string? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar()?.ToString();
    }
}
