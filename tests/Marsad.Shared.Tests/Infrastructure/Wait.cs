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
}
