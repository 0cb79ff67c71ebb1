using Marsad.Extraction;
using Marsad.Storage.Ingestion;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Queue;

public sealed partial class QueueWorker
{
    /// <summary>
    /// Analyzes and stores one claimed batch, then completes its jobs. The work runs under its own token, cancelled only
    /// <see cref="WorkerOptions.ShutdownGrace"/> after a stop request, so a stop finishes the batch in hand when it can.
    /// </summary>
    private async Task ProcessAsync(IReadOnlyList<QueuedJob> jobs, CancellationToken stopping)
    {
        using var work = new CancellationTokenSource();
        await using var graceRegistration = stopping.Register(() => work.CancelAfter(_options.ShutdownGrace)).ConfigureAwait(false);
        var held = jobs.Select(j => j.Id).ToHashSet();
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(work.Token);
        var heartbeat = HeartbeatAsync(held, heartbeatStop.Token);
        try
        {
            var (done, failures) = await IngestAsync(jobs, work.Token).ConfigureAwait(false);
            await WithReconnectAsync(t => _queue.CompleteAsync(done, t), work.Token).ConfigureAwait(false);
            lock (held)
                held.ExceptWith(done);
            Interlocked.Add(ref _done, done.Count);
            foreach (var (job, error) in failures)
            {
                var delay = _options.RetryDelay * Math.Pow(2, Math.Min(job.Attempt - 1, 10));
                var final = await WithReconnectAsync(t => _queue.FailAsync(job.Id, Id, error, delay, t), work.Token).ConfigureAwait(false);
                lock (held)
                    held.Remove(job.Id);
                Interlocked.Increment(ref _failed);
                _log($"{job.Origin ?? "job " + job.Id}: {error} (attempt {job.Attempt} of {job.MaxAttempts}{(final ? ", failed for good" : ", will retry")})");
            }
        }
        catch (OperationCanceledException) when (work.IsCancellationRequested)
        {
            // the grace period ran out: hand back what is not done so that another worker takes it at once
            long[] left;
            lock (held)
                left = [.. held];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                var released = await _queue.ReleaseAsync(Id, left, timeout.Token).ConfigureAwait(false);
                Interlocked.Add(ref _released, released);
            }
            catch (Exception e) when (e is StoreException or OperationCanceledException)
            {
                // unreachable database: the leases expire and the jobs return to the queue by themselves
            }
            throw new OperationCanceledException("stopped", stopping);
        }
        finally
        {
            await heartbeatStop.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stores the batch's articles with the ingestor (skipping documents stored already — a job done twice stores once).
    /// An outage retries the batch; an error that is not an outage is narrowed down by storing the documents one by one.
    /// </summary>
    private async Task<(List<long> Done, List<(QueuedJob Job, string Error)> Failures)> IngestAsync(IReadOnlyList<QueuedJob> jobs, CancellationToken cancellationToken)
    {
        try
        {
            return await WithReconnectAsync(t => IngestOnceAsync(jobs, t), cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e) when (!TransientErrors.IsTransient(e) && jobs.Count > 1)
        {
            _log($"a batch of {jobs.Count} could not be stored ({e.Problem}); storing its documents one by one");
        }
        var done = new List<long>();
        var failures = new List<(QueuedJob, string)>();
        foreach (var job in jobs)
        {
            try
            {
                var (d, f) = await WithReconnectAsync(t => IngestOnceAsync([job], t), cancellationToken).ConfigureAwait(false);
                done.AddRange(d);
                failures.AddRange(f);
            }
            catch (StoreException e) when (!TransientErrors.IsTransient(e))
            {
                failures.Add((job, "cannot store: " + e.Problem));
            }
        }
        return (done, failures);
    }

    private async Task<(List<long> Done, List<(QueuedJob Job, string Error)> Failures)> IngestOnceAsync(IReadOnlyList<QueuedJob> jobs, CancellationToken cancellationToken)
    {
        var byDocument = new Dictionary<RawDocument, QueuedJob>(ReferenceEqualityComparer.Instance);
        foreach (var job in jobs)
            byDocument[job.Document] = job;
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<long, string>();
        var ingestor = new ArticleIngestor(_store, _pipeline, new IngestOptions
        {
            BatchSize = Math.Max(jobs.Count, 1),
            Jobs = _options.Jobs,
            OnStepFailure = (document, steps) => _log(IngestMessages.StepsFailed(document, steps)),
        }, _stories);
        var summary = await ingestor.RunAsync(jobs.Select(j => j.Document),
            (document, error) => failed[byDocument[document].Id] = "cannot analyze: " + error.Message, null, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _added, summary.Added);
        var done = jobs.Where(j => !failed.ContainsKey(j.Id)).Select(j => j.Id).ToList();
        var failures = jobs.Where(j => failed.ContainsKey(j.Id)).Select(j => (j, failed[j.Id])).ToList();
        return (done, failures);
    }

    /// <summary>Renews the leases of the jobs in hand every third of the lease until the batch ends.</summary>
    private async Task HeartbeatAsync(HashSet<long> held, CancellationToken cancellationToken)
    {
        var interval = _options.Lease / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
                long[] ids;
                lock (held)
                    ids = [.. held];
                var kept = await _queue.ExtendLeasesAsync(Id, ids, _options.Lease, cancellationToken).ConfigureAwait(false);
                if (kept < ids.Length)
                    _log($"{ids.Length - kept} of this worker's leases ran out before it could renew them; another worker may redo those jobs (harmless: writes are idempotent)");
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (StoreException)
            {
                // the database is away: the batch itself waits for it; leases may lapse meanwhile, which is safe
            }
        }
    }
}
