using Marsad.Sources.Watching;
using Marsad.Storage.Watching;

namespace Marsad.Cli.Watching;

/// <summary>The watcher's state in the store's database (Marsad.Sources knows nothing of stores; this joins the two).</summary>
internal sealed class StoreWatchState(WatchStateStore store) : IWatchState
{
    public async Task<FeedValidators?> GetValidatorsAsync(Uri feed, CancellationToken cancellationToken)
    {
        var (etag, modified) = await store.GetValidatorsAsync(feed.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        return etag is null && modified is null ? null : new FeedValidators(etag, modified);
    }

    public Task SavePollAsync(Uri feed, int? status, FeedValidators? validators, string? error, CancellationToken cancellationToken) =>
        store.SavePollAsync(feed.AbsoluteUri, status, validators?.ETag, validators?.LastModified, error, cancellationToken);

    public Task<bool> TryClaimAsync(Uri url, string? guid, Uri feed, TimeSpan claimTimeout, CancellationToken cancellationToken) =>
        store.TryClaimAsync(url.AbsoluteUri, guid, feed.AbsoluteUri, claimTimeout, cancellationToken);

    public Task CompleteAsync(IReadOnlyCollection<Uri> urls, CancellationToken cancellationToken) =>
        store.CompleteAsync([.. urls.Select(u => u.AbsoluteUri)], cancellationToken);

    public Task FailAsync(Uri url, string error, bool permanent, DateTimeOffset retryAt, int maxAttempts, CancellationToken cancellationToken) =>
        store.FailAsync(url.AbsoluteUri, error, permanent, retryAt, maxAttempts, cancellationToken);
}
