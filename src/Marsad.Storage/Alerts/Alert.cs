namespace Marsad.Storage.Alerts;

/// <summary>
/// A saved search: every new article that matches it is recorded once, listed in the alert's Atom feed and, when a
/// webhook is set, POSTed there as JSON signed with the alert's secret.
/// </summary>
/// <param name="Id">Stable id (never reused).</param>
/// <param name="Name">A label for people.</param>
/// <param name="Query">Search words as for <c>marsad search</c> (quotes make a phrase, a leading minus excludes).</param>
/// <param name="Filter">Conditions every match must meet (date range, source, agency, topic, entity).</param>
/// <param name="MatchAll">An article must contain every word and phrase (else any one of them).</param>
/// <param name="Webhook">Where to POST each match, or null.</param>
/// <param name="Secret">The HMAC-SHA256 key that signs webhook bodies.</param>
/// <param name="CreatedAt">Articles stored before this are not news to the alert.</param>
public sealed record Alert(long Id, string Name, string Query, ArticleFilter Filter, bool MatchAll, string? Webhook, string Secret, DateTimeOffset CreatedAt);

/// <summary>An article an alert matched.</summary>
/// <param name="Alert">The alert's id.</param>
/// <param name="Article">The article as stored.</param>
/// <param name="MatchedAt">When the match was recorded.</param>
/// <param name="Delivery">pending, sending, sent or failed; null when the alert has no webhook.</param>
public sealed record AlertMatch(long Alert, Article Article, DateTimeOffset MatchedAt, string? Delivery);

/// <summary>Counts of one alert's matches and webhook deliveries.</summary>
public sealed record AlertCounts(long Matches, long Pending, long Sent, long Failed, DateTimeOffset? LastMatch);
