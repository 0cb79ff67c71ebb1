using Marsad.Extraction;

namespace Marsad.Sources.Watching;

/// <summary>Where fetched articles go: the job queue (shared mode) or straight into the store (embedded mode).</summary>
public interface IArticleSink
{
    /// <summary>Hands on fetched documents; returns only when they are safely kept (queued or stored).</summary>
    Task AcceptAsync(IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken);
}
