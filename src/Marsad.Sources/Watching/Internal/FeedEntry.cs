namespace Marsad.Sources.Watching.Internal;

/// <summary>One article a feed or sitemap lists.</summary>
/// <param name="Url">The article's address (absolute).</param>
/// <param name="Guid">The feed's id for it, when it is not just the URL.</param>
/// <param name="Title">The headline the feed gives.</param>
/// <param name="Published">Publication time as the feed writes it (normalized when readable).</param>
/// <param name="Summary">The feed's description or content, as plain text (used when the page has no article text).</param>
internal sealed record FeedEntry(Uri Url, string? Guid, string? Title, string? Published, string? Summary);

/// <summary>What a feed or sitemap document holds.</summary>
/// <param name="Kind">rss, atom, rdf, sitemap or sitemapindex.</param>
/// <param name="Title">The feed's title (the outlet, usually).</param>
/// <param name="Entries">Articles, in document order.</param>
/// <param name="Sitemaps">Child sitemaps of a sitemap index.</param>
/// <param name="Error">Where the XML broke, if it did (the entries before it are kept).</param>
internal sealed record FeedDocument(string Kind, string? Title, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<Uri> Sitemaps, string? Error);
