using Marsad.Sources.Watching.Internal;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Marsad.Sources.Tests.Watching;

/// <summary>The per-host rate limit, on a fake clock: one request in flight per host, the next an interval after it ended.</summary>
public sealed class HostThrottleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task SecondRequest_WaitsForTheFirstToEnd_ThenTheInterval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        var throttle = new HostThrottle(time);
        var ct = TestContext.Current.CancellationToken;

        var first = await throttle.WaitTurnAsync("http://sana.sy", Interval, ct);
        var second = throttle.WaitTurnAsync("http://sana.sy", Interval, ct);
        // the first request is still in flight (a slow response): however long it takes, the second may not start
        time.Advance(TimeSpan.FromSeconds(3));
        await Task.Yield();
        Assert.False(second.IsCompleted);

        // another host is not held up
        using (await throttle.WaitTurnAsync("http://www.spa.gov.sa", Interval, ct)) { }

        first.Dispose();
        await Task.Delay(50, ct);
        Assert.False(second.IsCompleted); // the interval counts from the end of the first
        time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50, ct);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var turn = await second.WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task CancelledWait_GivesTheHostBack()
    {
        var time = new FakeTimeProvider();
        var throttle = new HostThrottle(time);
        var ct = TestContext.Current.CancellationToken;
        using (await throttle.WaitTurnAsync("http://sana.sy", Interval, ct)) { }

        using var cancel = new CancellationTokenSource();
        var waiting = throttle.WaitTurnAsync("http://sana.sy", Interval, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        // the host is free again once the interval has passed: the cancelled waiter did not keep it
        time.Advance(Interval);
        using var turn = await throttle.WaitTurnAsync("http://sana.sy", Interval, ct).WaitAsync(TimeSpan.FromSeconds(10), ct);
    }
}
