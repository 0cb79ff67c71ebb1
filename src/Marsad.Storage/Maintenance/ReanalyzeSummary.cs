namespace Marsad.Storage.Maintenance;

/// <summary>What a re-analysis run did.</summary>
/// <param name="ResumedAfter">The article key an interrupted run was resumed after (null: started from the first article).</param>
/// <param name="Total">Articles in the store when the run started.</param>
/// <param name="Processed">Articles looked at by this run.</param>
/// <param name="Updated">Articles rewritten with the new analysis.</param>
/// <param name="WithoutRaw">Articles stored without their raw document (nothing to re-analyze from; kept as they are).</param>
/// <param name="Failed">Articles the pipeline failed on (kept as they are).</param>
/// <param name="Finished">The run reached the last article.</param>
public sealed record ReanalyzeSummary(long? ResumedAfter, long Total, long Processed, long Updated, long WithoutRaw, long Failed, bool Finished);
