using Marsad.Testing;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>Embedded stores in a temporary folder.</summary>
public sealed class SqliteFixture : StoreFixture
{
    private readonly TempDirectory _directory = new();

    public override async Task<IArticleStore> CreateEmptyAsync() =>
        await ArticleStore.OpenAsync(_directory.File(Guid.NewGuid().ToString("N")[..8] + ".db"), create: true);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }
}
