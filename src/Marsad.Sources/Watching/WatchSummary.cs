namespace Marsad.Sources.Watching;

/// <summary>What one watch cycle did.</summary>
/// <param name="Feeds">Feeds and sitemaps polled.</param>
/// <param name="NotModified">Polls answered 304 Not Modified (nothing new, nothing downloaded).</param>
/// <param name="FeedErrors">Feeds that could not be read (unreachable, malformed, refused by robots.txt).</param>
/// <param name="NewItems">Article URLs seen for the first time (or due for a retry).</param>
/// <param name="Fetched">Articles fetched and handed on.</param>
/// <param name="Blocked">Articles robots.txt does not let Marsad fetch.</param>
/// <param name="Failed">Articles that could not be fetched (retried in a later cycle unless gone for good).</param>
public sealed record WatchSummary(int Feeds, int NotModified, int FeedErrors, int NewItems, int Fetched, int Blocked, int Failed);
