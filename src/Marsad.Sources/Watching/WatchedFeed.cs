using System.Globalization;

namespace Marsad.Sources.Watching;

/// <summary>A feed or sitemap to watch, and the outlet name its articles are stored under (null: the feed's own title).</summary>
public sealed record WatchedFeed(Uri Url, string? Source)
{
    /// <summary>
    /// Reads a feeds file: one feed per line, "URL [outlet name]"; blank lines and lines starting with # are ignored.
    /// RSS, Atom, news sitemaps and sitemap indexes are all given the same way (told apart by their content).
    /// </summary>
    /// <exception cref="InputException">The file cannot be read, a line is not an http(s) URL, or there is no feed at all.</exception>
    public static IReadOnlyList<WatchedFeed> ReadList(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, e.Message, e);
        }
        var feeds = new List<WatchedFeed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!Uri.TryCreate(parts[0], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}:{i + 1}"), $"'{parts[0]}' is not an http:// or https:// feed URL");
            if (seen.Add(url.AbsoluteUri))
                feeds.Add(new WatchedFeed(url, parts.Length > 1 ? parts[1] : null));
        }
        if (feeds.Count == 0)
            throw new InputException(path, "no feed URLs (one per line: URL [outlet name])");
        return feeds;
    }
}
