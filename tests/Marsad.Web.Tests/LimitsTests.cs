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
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => client.GetAsync("/api/entities?limit=50", ct)));
        try
        {
            Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
            var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
            Assert.NotEmpty(rejected);
            Assert.Equal("application/problem+json", rejected[0].Content.Headers.ContentType?.MediaType);
            Assert.True(rejected[0].Headers.Contains("Retry-After"));
            // pages and health are not rate limited
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", ct)).StatusCode);
        }
        finally
        {
            foreach (var r in responses)
                r.Dispose();
        }
    }
}
