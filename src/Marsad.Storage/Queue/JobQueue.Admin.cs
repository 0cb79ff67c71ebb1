using Npgsql;

namespace Marsad.Storage.Queue;

public sealed partial class JobQueue
{
    /// <summary>Workers not seen for this long are left out of the status (they stopped or died).</summary>
    private static readonly TimeSpan WorkerSilence = TimeSpan.FromMinutes(2);

    /// <summary>Counts per state, expired leases, throughput and live workers.</summary>
    public Task<QueueStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            long queued = 0, running = 0, done = 0, failed = 0;
            await using (var counts = new NpgsqlCommand("SELECT state, count(*) FROM jobs GROUP BY state", connection))
            await using (var reader = await counts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var n = reader.GetInt64(1);
                    switch (reader.GetString(0))
                    {
                        case "queued": queued = n; break;
                        case "running": running = n; break;
                        case "done": done = n; break;
                        default: failed = n; break;
                    }
                }
            }
            long expired, lastMinute;
            double? oldest;
            await using (var more = new NpgsqlCommand("""
                SELECT (SELECT count(*) FROM jobs WHERE state = 'running' AND lease_expires < now()),
                       (SELECT extract(epoch FROM now() - min(created_at))::float8 FROM jobs WHERE state = 'queued'),
                       (SELECT count(*) FROM jobs WHERE state = 'done' AND finished_at > now() - interval '1 minute')
                """, connection))
            await using (var reader = await more.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                expired = reader.GetInt64(0);
                oldest = reader.IsDBNull(1) ? null : reader.GetDouble(1);
                lastMinute = reader.GetInt64(2);
            }
            var workers = new List<WorkerInfo>();
            await using (var list = new NpgsqlCommand("""
                SELECT id, host, pid, started_at, last_seen, jobs_done, jobs_failed FROM workers
                WHERE stopped_at IS NULL AND last_seen > now() - @silence ORDER BY started_at, id
                """, connection))
            {
                list.Parameters.AddWithValue("silence", WorkerSilence);
                await using var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    workers.Add(new WorkerInfo(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3),
                        reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt64(5), reader.GetInt64(6)));
            }
            var errors = new List<string>();
            await using (var recent = new NpgsqlCommand("""
                SELECT last_error FROM (SELECT last_error, max(finished_at) AS at FROM jobs WHERE state = 'failed' AND last_error IS NOT NULL
                GROUP BY last_error ORDER BY at DESC LIMIT 5) e ORDER BY at DESC
                """, connection))
            await using (var reader = await recent.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    errors.Add(reader.GetString(0));
            }
            return new QueueStatus(queued, running, done, failed, expired, oldest, lastMinute, workers, errors);
        }, cancellationToken);

    /// <summary>Puts every failed job back in the queue with fresh attempts (one per document); returns how many.</summary>
    public Task<int> RetryFailedAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                UPDATE jobs j SET state = 'queued', attempts = 0, run_after = now(), finished_at = NULL, lease_owner = NULL, lease_expires = NULL
                WHERE j.id IN (
                    SELECT DISTINCT ON (f.kind, f.dedupe_key) f.id FROM jobs f
                    WHERE f.state = 'failed' AND NOT EXISTS (
                        SELECT 1 FROM jobs p WHERE p.kind = f.kind AND p.dedupe_key = f.dedupe_key AND p.state IN ('queued', 'running'))
                    ORDER BY f.kind, f.dedupe_key, f.id DESC)
                """, connection);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Deletes done jobs finished more than <paramref name="age"/> ago (the articles stay; only the bookkeeping goes).</summary>
    public Task<int> PruneDoneAsync(TimeSpan age, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM jobs WHERE state = 'done' AND finished_at < now() - @age", connection);
            command.Parameters.AddWithValue("age", age);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Records that <paramref name="worker"/> is alive (and how much it did), registering it on first call.</summary>
    public Task ReportWorkerAsync(string worker, long done, long failed, bool stopped = false, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO workers (id, host, pid, jobs_done, jobs_failed, stopped_at) VALUES (@id, @host, @pid, @done, @failed, CASE WHEN @stopped THEN now() END)
                ON CONFLICT (id) DO UPDATE SET last_seen = now(), jobs_done = @done, jobs_failed = @failed,
                                               stopped_at = CASE WHEN @stopped THEN now() END
                """, connection);
            command.Parameters.AddWithValue("id", worker);
            command.Parameters.AddWithValue("host", Environment.MachineName);
            command.Parameters.AddWithValue("pid", Environment.ProcessId);
            command.Parameters.AddWithValue("done", done);
            command.Parameters.AddWithValue("failed", failed);
            command.Parameters.AddWithValue("stopped", stopped);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
}
