using Xunit;

namespace Marsad.Storage.Tests;

/// <summary>
/// Makes stores of one backend for the contract tests: fresh empty ones for tests that write, and one store holding the
/// whole <see cref="TestCorpus"/> shared by the tests that only read.
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private IArticleStore? _populated;

    /// <summary>A new, empty store (disposed by the caller).</summary>
    public abstract Task<IArticleStore> CreateEmptyAsync();

    /// <summary>The store with the test corpus in it.</summary>
    public async Task<IArticleStore> PopulatedAsync()
    {
        if (_populated is null)
        {
            var store = await CreateEmptyAsync();
            foreach (var chunk in TestCorpus.Records.Chunk(100))
                await store.WriteAsync(chunk);
            _populated = store;
        }
        return _populated;
    }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        if (_populated is not null)
            await _populated.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
