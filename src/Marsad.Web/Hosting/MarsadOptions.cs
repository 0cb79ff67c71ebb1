namespace Marsad.Web.Hosting;

/// <summary>The <c>Marsad</c> configuration section.</summary>
public sealed class MarsadOptions
{
    /// <summary>The store: a SQLite file path (default ./marsad-data/marsad.db) or a PostgreSQL URI / connection string.</summary>
    public string? Db { get; set; }

    /// <summary>API requests one client address may have running at once; more wait in its queue.</summary>
    public int ConcurrentRequestsPerClient { get; set; } = 16;

    /// <summary>API requests one client address may have waiting; beyond that the API answers 429.</summary>
    public int QueuedRequestsPerClient { get; set; } = 1024;
}
