using System.Globalization;
using Marsad.Analysis;
using Marsad.Storage.Internal;
using Polly;
using Polly.Retry;

namespace Marsad.Storage.Queue;

/// <summary>
/// One worker of shared mode: claims batches of jobs, analyzes their documents in parallel, stores the articles in one
/// transaction and marks the jobs done, renewing its leases meanwhile. When the database goes away it waits and
/// reconnects with exponential backoff and jitter, keeping the batch in hand. A stop request (SIGTERM, Ctrl+C) lets the
/// batch in hand finish within <see cref="WorkerOptions.ShutdownGrace"/>, then hands back what is left.
/// </summary>
public sealed partial class QueueWorker
{
    private readonly IArticleStore _store;
    private readonly JobQueue _queue;
    private readonly ArticlePipeline _pipeline;
    private readonly WorkerOptions _options;
    private readonly Action<string> _log;
    private readonly ResiliencePipeline _reconnect;
    private readonly Stories.StoryAssigner _stories;
    private long _done;
    private long _added;
    private long _failed;
    private long _released;
    private bool _disconnected;

    /// <param name="store">A PostgreSQL store (the queue lives in its database).</param>
    /// <param name="pipeline">The analysis to run on each document.</param>
    /// <param name="options">Batching, leases, timing.</param>
    /// <param name="log">Receives one line per notable event (start, outage, reconnect, failure, stop).</param>
    public QueueWorker(IArticleStore store, ArticlePipeline pipeline, WorkerOptions? options = null, Action<string>? log = null)
    {
        _store = store;
        _queue = JobQueue.For(store);
        _pipeline = pipeline;
        _stories = new Stories.StoryAssigner(store);
        _options = options ?? new WorkerOptions();
        if (_options.BatchSize < 1 || _options.Jobs < 1 || _options.Lease < TimeSpan.FromSeconds(1))
            throw new ArgumentOutOfRangeException(nameof(options), "batch size and jobs must be at least 1, the lease at least 1 s");
        _log = log ?? (_ => { });
        Id = _options.Id ?? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Random.Shared.Next(0x10000):x4}");
        _reconnect = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<StoreException>(TransientErrors.IsTransient),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(250),
            MaxDelay = _options.MaxReconnectDelay,
            OnRetry = args =>
            {
                if (!_disconnected || args.AttemptNumber % 10 == 0)
                    _log($"database unavailable ({args.Outcome.Exception?.Message}); retrying in {args.RetryDelay.TotalSeconds:0.0} s");
                _disconnected = true;
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>The worker's name in the queue.</summary>
    public string Id { get; }

    /// <summary>Runs until <paramref name="stopping"/> is cancelled (or, with <see cref="WorkerOptions.ExitWhenEmpty"/>, the queue is empty).</summary>
    public async Task<WorkerSummary> RunAsync(CancellationToken stopping)
    {
        _log($"worker {Id} started on {_queue.Description} (batch {_options.BatchSize}, {_options.Jobs} analysis threads, lease {_options.Lease.TotalSeconds:0} s)");
        var housekeepingDue = DateTime.UtcNow;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                if (DateTime.UtcNow >= housekeepingDue)
                {
                    await WithReconnectAsync(HousekeepingAsync, stopping).ConfigureAwait(false);
                    housekeepingDue = DateTime.UtcNow + _options.Lease / 3;
                }
                var jobs = await WithReconnectAsync(t => _queue.ClaimAsync(Id, _options.BatchSize, _options.Lease, t), stopping).ConfigureAwait(false);
                if (jobs.Count > 0)
                {
                    await ProcessAsync(jobs, stopping).ConfigureAwait(false);
                    continue;
                }
                if (_options.ExitWhenEmpty && await WithReconnectAsync(IsQueueEmptyAsync, stopping).ConfigureAwait(false))
                    break;
                await Task.Delay(_options.PollInterval, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // a stop request while idle or waiting for the database
        }
        await ReportAsync(stopped: true).ConfigureAwait(false);
        var summary = new WorkerSummary(_done, _added, _failed, _released);
        _log($"worker {Id} stopped: {summary.Done} jobs done ({summary.Added} new articles), {summary.Failed} failed attempts, {summary.Released} handed back");
        return summary;
    }

    private async Task<bool> HousekeepingAsync(CancellationToken cancellationToken)
    {
        await _queue.ReportWorkerAsync(Id, _done, _failed, cancellationToken: cancellationToken).ConfigureAwait(false);
        var requeued = await _queue.RequeueExpiredAsync(cancellationToken).ConfigureAwait(false);
        if (requeued > 0)
            _log($"{requeued} jobs of a worker whose lease expired went back to the queue");
        await _queue.PruneDoneAsync(_options.KeepDoneJobs, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> IsQueueEmptyAsync(CancellationToken cancellationToken)
    {
        // expired leases are re-queued first, so a dead worker's jobs are not mistaken for work in progress forever
        await _queue.RequeueExpiredAsync(cancellationToken).ConfigureAwait(false);
        var status = await _queue.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        return status.Depth == 0;
    }

    /// <summary>Last words to the registry, best effort: the database may be gone.</summary>
    private async Task ReportAsync(bool stopped)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await _queue.ReportWorkerAsync(Id, _done, _failed, stopped, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StoreException or OperationCanceledException)
        {
            // nothing to do: the registry forgets silent workers by itself
        }
    }

    /// <summary>Runs a database step, waiting out outages (exponential backoff with jitter) until it succeeds or is cancelled.</summary>
    private async Task<T> WithReconnectAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        var result = await _reconnect.ExecuteAsync(async t => await step(t).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        if (_disconnected)
        {
            _disconnected = false;
            _log("database reachable again");
        }
        return result;
    }
}
