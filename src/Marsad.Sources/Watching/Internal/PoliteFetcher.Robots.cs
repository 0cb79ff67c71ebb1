using System.Collections.Concurrent;
using System.Text;

namespace Marsad.Sources.Watching.Internal;

internal sealed partial class PoliteFetcher
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsAnswer>>> _robots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A host's robots.txt as it applies to Marsad, or why it cannot be known now.</summary>
    private sealed record RobotsAnswer(RobotsTxt Rules, string? Error, DateTimeOffset Expires);

    /// <summary>The robots.txt of <paramref name="url"/>'s host, fetched once per <see cref="WatchOptions.RobotsCacheTime"/>.</summary>
    private async Task<RobotsAnswer> GetRobotsAsync(Uri url, CancellationToken cancellationToken)
    {
        var host = url.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            var entry = _robots.GetOrAdd(host, h => new Lazy<Task<RobotsAnswer>>(() => FetchRobotsAsync(new Uri(h + "/robots.txt"), cancellationToken)));
            var answer = await entry.Value.ConfigureAwait(false);
            if (answer.Expires > _time.GetUtcNow())
                return answer;
            _robots.TryRemove(new KeyValuePair<string, Lazy<Task<RobotsAnswer>>>(host, entry));
        }
    }

    private async Task<RobotsAnswer> FetchRobotsAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var url = robotsUrl;
        // RFC 9309: follow at least five redirects
        for (var hop = 0; hop < 5; hop++)
        {
            var result = await ResilientGetAsync(url, _options.HostInterval, RobotsTxt.MaxBytes, null, "text/plain", cancellationToken).ConfigureAwait(false);
            switch (result.Status)
            {
                case FetchStatus.Ok:
                    return new RobotsAnswer(RobotsTxt.Parse(Encoding.UTF8.GetString(result.Body!), WatchOptions.RobotName), null, now + _options.RobotsCacheTime);
                case FetchStatus.Redirect:
                    url = result.Location!;
                    continue;
                case FetchStatus.Gone or FetchStatus.Refused when result.HttpStatus is >= 400 and < 500:
                    // "unavailable": no rules, everything allowed
                    return new RobotsAnswer(RobotsTxt.AllowAll, null, now + _options.RobotsCacheTime);
                case FetchStatus.Refused when result.HttpStatus is >= 200 and < 300:
                    // larger than the RFC's minimum: treated as unreachable rather than guessed at
                    break;
                default:
                    break;
            }
            // "unreachable" (5xx, network, timeout): assume a complete disallow for now and ask again soon
            var why = result.Error ?? "unreachable";
            return new RobotsAnswer(RobotsTxt.DisallowAll, $"robots.txt of {robotsUrl.Authority} cannot be read ({why}); the host is not crawled until it can",
                now + TimeSpan.FromMinutes(5));
        }
        return new RobotsAnswer(RobotsTxt.AllowAll, null, now + _options.RobotsCacheTime);
    }
}
