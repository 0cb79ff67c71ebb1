namespace Marsad.Sources.Watching;

/// <summary>
/// What the watcher remembers between polls and processes: each feed's validators (ETag, Last-Modified) and every
/// article URL and GUID it has taken, so that each new article is fetched once however many watchers run. Marsad keeps
/// it in the store's database.
/// </summary>
public interface IWatchState
{
    /// <summary>The validators of the feed's last successful poll, or null.</summary>
    Task<FeedValidators?> GetValidatorsAsync(Uri feed, CancellationToken cancellationToken);

    /// <summary>Records a poll: its HTTP status, new validators (when 200) and error (when it failed).</summary>
    Task SavePollAsync(Uri feed, int? status, FeedValidators? validators, string? error, CancellationToken cancellationToken);

    /// <summary>
    /// Takes an article for fetching: true only for the first caller to see the URL (or GUID), or to retry one whose
    /// earlier attempt failed and is due again, or whose claim is older than <paramref name="claimTimeout"/> (a dead watcher).
    /// </summary>
    Task<bool> TryClaimAsync(Uri url, string? guid, Uri feed, TimeSpan claimTimeout, CancellationToken cancellationToken);

    /// <summary>Records articles as fetched and handed on (never fetched again).</summary>
    Task CompleteAsync(IReadOnlyCollection<Uri> urls, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed fetch: retried after <paramref name="retryAt"/> unless <paramref name="permanent"/> (gone, refused,
    /// too large) or the article has used <paramref name="maxAttempts"/> attempts.
    /// </summary>
    Task FailAsync(Uri url, string error, bool permanent, DateTimeOffset retryAt, int maxAttempts, CancellationToken cancellationToken);
}

/// <summary>The validators of a feed response, sent back in a conditional GET.</summary>
public sealed record FeedValidators(string? ETag, string? LastModified);
