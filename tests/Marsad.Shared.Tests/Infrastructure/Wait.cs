using System.Diagnostics;

namespace Marsad.Shared.Tests.Infrastructure;

/// <summary>Bounded polling: every wait in these tests has a deadline and a poll count limit.</summary>
internal static class Wait
{
    /// <summary>Polls <paramref name="condition"/> every <paramref name="every"/> until true or <paramref name="timeout"/>; false on timeout.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        var interval = every ?? TimeSpan.FromMilliseconds(200);
        var maxPolls = (int)Math.Ceiling(timeout / interval) + 1;
        for (var i = 0; i < maxPolls && clock.Elapsed < timeout; i++)
        {
            if (await condition())
                return true;
            await Task.Delay(interval, Xunit.TestContext.Current.CancellationToken);
        }
        return await condition();
    }

    /// <summary>
    /// Polls <paramref name="remaining"/> every <paramref name="every"/> until it reaches 0 (true), or until it has not
    /// fallen for <paramref name="stall"/> or <paramref name="cap"/> has passed (false). For waits on work whose speed
    /// depends on how busy the machine is: a slow run passes, a stuck one fails within <paramref name="stall"/>.
    /// </summary>
    public static async Task<(bool Done, long Remaining)> WhileProgressingAsync(Func<Task<long>> remaining, TimeSpan stall, TimeSpan cap, TimeSpan every)
    {
        var clock = Stopwatch.StartNew();
        var lastChange = clock.Elapsed;
        var best = long.MaxValue;
        var maxPolls = (int)Math.Ceiling(cap / every) + 1;
        for (var i = 0; i < maxPolls && clock.Elapsed < cap && clock.Elapsed - lastChange < stall; i++)
        {
            var left = await remaining();
            if (left == 0)
                return (true, 0);
            if (left < best)
            {
                best = left;
                lastChange = clock.Elapsed;
            }
            await Task.Delay(every, Xunit.TestContext.Current.CancellationToken);
        }
        var last = await remaining();
        return (last == 0, last);
    }
}
