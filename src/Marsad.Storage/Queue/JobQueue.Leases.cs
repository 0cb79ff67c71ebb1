using Npgsql;

namespace Marsad.Storage.Queue;

public sealed partial class JobQueue
{
    /// <summary>
    /// Claims up to <paramref name="max"/> jobs that are due, oldest first, for <paramref name="worker"/>, leasing them for
    /// <paramref name="lease"/>. Jobs locked by another claim in progress are skipped, not waited for.
    /// </summary>
    public Task<IReadOnlyList<QueuedJob>> ClaimAsync(string worker, int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                UPDATE jobs j SET state = 'running', lease_owner = @worker, lease_expires = now() + @lease,
                                  attempts = j.attempts + 1, started_at = now()
                FROM (SELECT id FROM jobs WHERE state = 'queued' AND run_after <= now() ORDER BY id LIMIT @max FOR UPDATE SKIP LOCKED) next
                WHERE j.id = next.id
                RETURNING j.id, j.kind, j.dedupe_key, j.payload, j.attempts, j.max_attempts, j.origin
                """, connection);
            command.Parameters.AddWithValue("worker", worker);
            command.Parameters.AddWithValue("lease", lease);
            command.Parameters.AddWithValue("max", max);
            var jobs = new List<QueuedJob>();
            var broken = new List<(long Id, string Error)>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var id = reader.GetInt64(0);
                    try
                    {
                        var document = DecodePayload(reader.GetFieldValue<byte[]>(3));
                        jobs.Add(new QueuedJob(id, reader.GetString(1), reader.GetString(2), document, reader.GetInt32(4), reader.GetInt32(5),
                            reader.IsDBNull(6) ? null : reader.GetString(6)));
                    }
                    catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or IOException)
                    {
                        broken.Add((id, "unreadable job payload: " + e.Message));
                    }
                }
            }
            // a payload that cannot be decoded never will be: it fails at once instead of cycling through retries
            foreach (var (id, error) in broken)
                await FailForGoodAsync(connection, id, error, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<QueuedJob>)jobs.OrderBy(j => j.Id).ToList();
        }, cancellationToken);

    /// <summary>Renews <paramref name="worker"/>'s leases on <paramref name="ids"/>; returns how many it still holds.</summary>
    public Task<int> ExtendLeasesAsync(string worker, IReadOnlyCollection<long> ids, TimeSpan lease, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? Task.FromResult(0) : RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand(
                "UPDATE jobs SET lease_expires = now() + @lease WHERE id = ANY(@ids) AND state = 'running' AND lease_owner = @worker", connection);
            command.Parameters.AddWithValue("lease", lease);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            command.Parameters.AddWithValue("worker", worker);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Marks jobs done. Whoever holds them now: the work is the same (an idempotent write), so a job whose lease expired
    /// and was re-queued or even re-claimed is done all the same, and its new owner's completion is then a no-op.
    /// </summary>
    public Task<int> CompleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? Task.FromResult(0) : RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                UPDATE jobs SET state = 'done', finished_at = now(), lease_owner = NULL, lease_expires = NULL, last_error = NULL
                WHERE id = ANY(@ids) AND state <> 'done'
                """, connection);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Records a failed attempt: the job is retried after <paramref name="retryDelay"/>, or fails for good when it has used
    /// its attempts. Returns true when it failed for good.
    /// </summary>
    public Task<bool> FailAsync(long id, string worker, string error, TimeSpan retryDelay, CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                                finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
                                run_after = now() + @delay, last_error = @error, lease_owner = NULL, lease_expires = NULL
                WHERE id = @id AND state = 'running' AND lease_owner = @worker
                RETURNING state
                """, connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("worker", worker);
            command.Parameters.AddWithValue("error", Truncate(error));
            command.Parameters.AddWithValue("delay", retryDelay);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is "failed";
        }, cancellationToken);

    /// <summary>Gives jobs back unprocessed (a worker shutting down): they are due again at once and the attempt does not count.</summary>
    public Task<int> ReleaseAsync(string worker, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? Task.FromResult(0) : RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                UPDATE jobs SET state = 'queued', attempts = greatest(attempts - 1, 0), lease_owner = NULL, lease_expires = NULL, run_after = now()
                WHERE id = ANY(@ids) AND state = 'running' AND lease_owner = @worker
                """, connection);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            command.Parameters.AddWithValue("worker", worker);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Puts running jobs whose lease expired back in the queue (their worker died or lost the database), or fails them
    /// for good when that was their last attempt — a document that kills every worker that touches it ends here.
    /// </summary>
    public Task<int> RequeueExpiredAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                                finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
                                last_error = 'lease of worker ' || coalesce(lease_owner, '?') || ' expired during attempt ' || attempts
                                             || ' (the worker died, hung or lost the database)',
                                lease_owner = NULL, lease_expires = NULL, run_after = now()
                WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND lease_expires < now() FOR UPDATE SKIP LOCKED)
                """, connection);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static async Task FailForGoodAsync(NpgsqlConnection connection, long id, string error, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE jobs SET state = 'failed', finished_at = now(), last_error = @error, lease_owner = NULL, lease_expires = NULL WHERE id = @id
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("error", Truncate(error));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string error) => error.Length <= 2000 ? error : error[..2000] + "…";
}
