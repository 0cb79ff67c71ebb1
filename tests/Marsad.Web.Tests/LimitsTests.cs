using System.Net;
using Xunit;

namespace Marsad.Web.Tests;

/// <summary>The API's rate limiter answers 429 with a ProblemDetails and Retry-After when a client exceeds its limits.</summary>
public sealed class LimitsTests(TightLimitsWebFactory factory) : IClassFixture<TightLimitsWebFactory>
{
    [Fact]
    public async Task TooManyConcurrentRequests_Get429()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        // one request at a time and none queued: while one entity list is held inside the limiter, a second request
        // from the same client is turned away at once; when the first is let go it is answered
        var entered = factory.Gate.Arm();
        var held = client.GetAsync("/api/entities?limit=50", ct);
        try
        {
            await entered.WaitAsync(TimeSpan.FromSeconds(30), ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30)); // a limiter that queues or admits it would leave it waiting or answer 200
            using var rejected = await client.GetAsync("/api/entities?limit=5", timeout.Token);
            Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
            Assert.True(rejected.Headers.Contains("Retry-After"));
            Assert.Contains("more than 1 requests", await rejected.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }
        finally
        {
            factory.Gate.Release();
        }
        using (var first = await held)
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // the permit is back: the next request is served, and pages and health are not rate limited
        using (var after = await client.GetAsync("/api/entities?limit=5", ct))
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", ct)).StatusCode);
    }
}
