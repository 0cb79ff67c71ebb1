using System.Globalization;
using System.Text;

namespace Marsad.Sources.Watching.Internal;

/// <summary>
/// A parsed robots.txt (RFC 9309) as it applies to one robot: the rules of the group(s) naming its product token, else
/// of the * group(s); the longest matching pattern decides (Allow wins a tie); * matches any run of characters and a
/// final $ anchors the end. Crawl-delay (not in the RFC, widely used) is read from the same group.
/// </summary>
internal sealed class RobotsTxt
{
    /// <summary>Only the first 500 KiB are read, as the RFC allows.</summary>
    public const int MaxBytes = 500 * 1024;

    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string, bool)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>Everything allowed (no robots.txt, or a 4xx answer).</summary>
    public static RobotsTxt AllowAll { get; } = new([], null);

    /// <summary>Nothing allowed (robots.txt unreachable: the RFC says to assume a complete disallow).</summary>
    public static RobotsTxt DisallowAll { get; } = new([("/", false)], null);

    public TimeSpan? CrawlDelay { get; }

    public static RobotsTxt Parse(string text, string robot)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
                line = line[..hash];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                // consecutive user-agent lines share one group
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null)
                continue;
            if (key is "allow" or "disallow" && value.Length > 0)
                current.Rules.Add((Encode(value), key == "allow"));
            else if (key == "crawl-delay" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86400)
                current.Delay = TimeSpan.FromSeconds(seconds);
        }
        var name = robot.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Contains(name)).ToList();
        if (mine.Count == 0)
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsTxt(mine.SelectMany(g => g.Rules).ToList(), mine.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    /// <summary>Whether the robot may fetch <paramref name="url"/>. /robots.txt itself is always allowed.</summary>
    public bool Allows(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
            return true;
        var longest = -1;
        var allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (!Matches(pattern, path))
                continue;
            if (pattern.Length > longest)
            {
                longest = pattern.Length;
                allow = isAllow;
            }
            else if (pattern.Length == longest && isAllow)
            {
                allow = true; // the least restrictive of equally specific rules
            }
        }
        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
            pattern = pattern[..^1];
        var pieces = pattern.Split('*');
        if (!path.StartsWith(pieces[0], StringComparison.Ordinal))
            return false;
        var at = pieces[0].Length;
        for (var i = 1; i < pieces.Length; i++)
        {
            if (i == pieces.Length - 1 && anchored)
                return path.Length - at >= pieces[i].Length && path.EndsWith(pieces[i], StringComparison.Ordinal);
            var found = path.IndexOf(pieces[i], at, StringComparison.Ordinal);
            if (found < 0)
                return false;
            at = found + pieces[i].Length;
        }
        return !anchored || at == path.Length;
    }

    /// <summary>Percent-encodes what a URL's path would carry encoded (Arabic letters in a rule), leaving existing escapes alone.</summary>
    private static string Encode(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in pattern.EnumerateRunes())
        {
            if (rune.Value < 0x80 && rune.Value > 0x20)
            {
                sb.Append((char)rune.Value);
                continue;
            }
            var n = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..n])
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(string Pattern, bool Allow)> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }
}
