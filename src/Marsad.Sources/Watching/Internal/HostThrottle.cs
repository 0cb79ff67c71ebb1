using System.Collections.Concurrent;

namespace Marsad.Sources.Watching.Internal;

/// <summary>
/// The per-host rate limit: requests to one host (scheme, name and port) go one at a time, however many feeds or
/// redirects lead there at once, and each starts at least the host's interval after the previous one ended (the
/// delay between fetches that Nutch's fetcher keeps). Counting from the end rather than the start means a request
/// that stalled on the client — a cold connection, a paused process — cannot be followed by others queued behind it
/// arriving in a burst: the server never sees two requests from Marsad closer together than the interval.
/// </summary>
internal sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Turn> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Waits until a request to <paramref name="host"/> may start and holds the host until the returned turn is
    /// disposed (when the response has been read or the attempt failed).
    /// </summary>
    public async Task<IDisposable> WaitTurnAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
    {
        var turn = _hosts.GetOrAdd(host, _ => new Turn());
        await turn.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = turn.NextStart - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            turn.Gate.Release();
            throw;
        }
        return new Lease(time, turn, interval);
    }

    private sealed class Turn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(TimeProvider time, Turn turn, TimeSpan interval) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            turn.NextStart = time.GetUtcNow() + interval;
            turn.Gate.Release();
        }
    }
}
