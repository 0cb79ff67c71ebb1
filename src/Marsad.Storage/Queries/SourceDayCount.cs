namespace Marsad.Storage.Queries;

/// <summary>Articles one outlet published on one day.</summary>
public sealed record SourceDayCount(string Source, string Day, long Count);

/// <summary>An entity's articles in a recent period against a baseline period.</summary>
/// <param name="Entity">The entity (counts are the recent period's).</param>
/// <param name="Recent">Articles mentioning it in the recent period.</param>
/// <param name="Baseline">Articles mentioning it in the baseline period.</param>
/// <param name="Growth">Recent articles per day over baseline articles per day (smoothed by one article).</param>
public sealed record EntityTrend(EntitySummary Entity, long Recent, long Baseline, double Growth);
