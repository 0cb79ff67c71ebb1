using System.Collections.Concurrent;

namespace Marsad.Sources.Watching.Internal;

/// <summary>
/// The per-host rate limit: requests to one host (scheme, name and port) take turns, each starting at least the host's
/// interval after the previous one started, however many feeds or redirects lead there at once.
/// </summary>
internal sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Turn> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until a request to <paramref name="host"/> may start, and books the slot.</summary>
    public async Task WaitTurnAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
    {
        var turn = _hosts.GetOrAdd(host, _ => new Turn());
        await turn.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = turn.NextStart - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            turn.NextStart = time.GetUtcNow() + interval;
        }
        finally
        {
            turn.Gate.Release();
        }
    }

    private sealed class Turn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }
}
