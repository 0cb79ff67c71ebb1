using System.Net;
using Xunit;

namespace Marsad.Web.Browser.Tests;

/// <summary>Kestrel's request size limits, which only a real server enforces (the in-memory test server does not).</summary>
public sealed class KestrelLimitsTests(RunningMarsad marsad)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HugeHeaders_Get431()
    {
        using var client = new HttpClient { BaseAddress = new Uri(marsad.Address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("X-Padding", new string('a', 40_000));
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        using var ok = await client.GetAsync("/api/stats", Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task HugeRequestLine_Gets414()
    {
        using var client = new HttpClient { BaseAddress = new Uri(marsad.Address) };
        using var response = await client.GetAsync("/api/search?q=" + new string('a', 20_000), Ct);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}
