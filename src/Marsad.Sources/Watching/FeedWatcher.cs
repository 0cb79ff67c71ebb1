using Marsad.Sources.Watching.Internal;

namespace Marsad.Sources.Watching;

/// <summary>
/// Watches RSS/Atom feeds and news sitemaps: each cycle polls every feed with a conditional GET, takes the articles it
/// has not seen (the state remembers every URL and GUID, so each is fetched once across cycles, restarts and watcher
/// processes), fetches them politely (<see cref="WatchOptions"/>), turns each page into a raw document and hands the
/// documents to the sink — the queue in shared mode, the store in embedded mode — before remembering them as done.
/// One failing feed, page or host never stops the rest.
/// </summary>
public sealed partial class FeedWatcher : IDisposable
{
    private readonly IWatchState _state;
    private readonly IArticleSink _sink;
    private readonly WatchOptions _options;
    private readonly Action<string> _log;
    private readonly PoliteFetcher _fetcher;
    private readonly TimeProvider _time;

    /// <param name="state">Seen articles and feed validators (Marsad keeps them in the store's database).</param>
    /// <param name="sink">Where fetched documents go.</param>
    /// <param name="options">Politeness, limits and retries.</param>
    /// <param name="log">Receives one line per notable event (a feed that fails, an article given up).</param>
    /// <param name="handler">The HTTP handler (tests); by default a SocketsHttpHandler that does not follow redirects by itself.</param>
    /// <param name="time">The clock (tests).</param>
    public FeedWatcher(IWatchState state, IArticleSink sink, WatchOptions? options = null, Action<string>? log = null,
        HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        _state = state;
        _sink = sink;
        _options = options ?? new WatchOptions();
        _log = log ?? (_ => { });
        _time = time ?? TimeProvider.System;
        _fetcher = new PoliteFetcher(_options, handler, _time);
    }

    /// <summary>Polls every feed once and fetches what is new.</summary>
    public async Task<WatchSummary> RunCycleAsync(IReadOnlyList<WatchedFeed> feeds, CancellationToken cancellationToken = default)
    {
        var counts = new Counts();
        await Parallel.ForEachAsync(feeds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancellationToken },
            async (feed, token) => await PollAsync(feed, counts, token).ConfigureAwait(false)).ConfigureAwait(false);
        return counts.Summary();
    }

    /// <summary>Runs cycles every <paramref name="interval"/> (±10% jitter, so many watchers do not poll in step) until cancelled.</summary>
    public async Task RunAsync(IReadOnlyList<WatchedFeed> feeds, TimeSpan interval, Action<WatchSummary>? onCycle = null, CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var started = _time.GetUtcNow();
            try
            {
                onCycle?.Invoke(await RunCycleAsync(feeds, cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            var wait = interval * (0.9 + (0.2 * Random.Shared.NextDouble())) - (_time.GetUtcNow() - started);
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public void Dispose() => _fetcher.Dispose();

    /// <summary>The cycle's counts, updated from the parallel feed polls.</summary>
    private sealed class Counts
    {
        public int Feeds;
        public int NotModified;
        public int FeedErrors;
        public int NewItems;
        public int Fetched;
        public int Blocked;
        public int Failed;

        public WatchSummary Summary() => new(Feeds, NotModified, FeedErrors, NewItems, Fetched, Blocked, Failed);
    }
}
