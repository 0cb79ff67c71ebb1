namespace Marsad.Storage.Queue;

/// <summary>What <see cref="JobQueue.EnqueueAsync"/> did with a batch of documents.</summary>
/// <param name="Queued">New jobs.</param>
/// <param name="AlreadyStored">Documents whose article is stored already with the same content (nothing to do).</param>
/// <param name="AlreadyQueued">Documents with a job waiting or running already (or twice in the batch).</param>
public sealed record EnqueueResult(int Queued, int AlreadyStored, int AlreadyQueued)
{
    public static EnqueueResult Empty { get; } = new(0, 0, 0);

    public EnqueueResult Add(EnqueueResult other) =>
        new(Queued + other.Queued, AlreadyStored + other.AlreadyStored, AlreadyQueued + other.AlreadyQueued);
}
