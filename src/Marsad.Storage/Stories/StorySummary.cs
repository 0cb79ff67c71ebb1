namespace Marsad.Storage.Stories;

/// <summary>A story as <c>marsad stories</c> lists it.</summary>
/// <param name="Id">Stable id ("st-" + 16 hex digits).</param>
/// <param name="Label">Its most central headline.</param>
/// <param name="First">Time of its earliest article (UTC).</param>
/// <param name="Last">Time of its latest article (UTC).</param>
/// <param name="Articles">Its article ids in time order.</param>
/// <param name="Sources">Its outlets in order of first report.</param>
public sealed record StorySummary(string Id, string Label, DateTimeOffset First, DateTimeOffset Last, IReadOnlyList<string> Articles, IReadOnlyList<string> Sources);
