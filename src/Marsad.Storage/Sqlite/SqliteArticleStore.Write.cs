using System.Text.Json;
using Marsad.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

internal sealed partial class SqliteArticleStore
{
    public async Task<IReadOnlySet<string>> FindStoredContentHashesAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (contentHashes.Count == 0)
            return found;
        return await RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT content_hash FROM articles WHERE content_hash IN (SELECT value FROM json_each($hashes))";
            command.Parameters.AddWithValue("$hashes", JsonSerializer.Serialize(contentHashes));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                found.Add(reader.GetString(0));
            return (IReadOnlySet<string>)found;
        }, cancellationToken).ConfigureAwait(false);
    }

    public void Prepare(ArticleRow row)
    {
        _ = row.CompressedArticle;
        _ = row.CompressedRaw;
    }

    public async Task<IReadOnlyList<WriteOutcome>> WriteAsync(IReadOnlyList<ArticleRecord> batch, CancellationToken cancellationToken = default)
    {
        if (batch.Count == 0)
            return [];
        // the expensive part (JSON, compression, index tokens) happens before taking the write lock (and on the
        // ingestor's analysis threads, see Prepare)
        var rows = batch.Select(r => r.Row).ToList();
        foreach (var row in rows)
            Prepare(row);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAsync(connection =>
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                using var writer = new SqliteRowWriter(connection, transaction);
                var outcomes = new WriteOutcome[rows.Count];
                var now = Now();
                for (var i = 0; i < rows.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    outcomes[i] = writer.Write(rows[i], rows[i].CompressedArticle, rows[i].CompressedRaw, now);
                    FaultInjection.AfterRowWritten();
                }
                transaction.Commit();
                return Task.FromResult<IReadOnlyList<WriteOutcome>>(outcomes);
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
