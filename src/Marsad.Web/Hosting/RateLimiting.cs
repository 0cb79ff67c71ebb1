using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Marsad.Web.Hosting;

/// <summary>
/// API rate limiting: a concurrency limit per client address with a queue. A client may run a few requests at once
/// (<see cref="MarsadOptions.ConcurrentRequestsPerClient"/>); the rest wait their turn, oldest first, so a busy script is
/// slowed, not failed; only a client with more than <see cref="MarsadOptions.QueuedRequestsPerClient"/> requests
/// waiting gets 429 with a Retry-After. This bounds the work any one client can put on the store without turning
/// legitimate parallel use (or a load test) into errors.
/// </summary>
internal static class RateLimiting
{
    public const string ApiPolicy = "api";

    public static void AddMarsadRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(_ => { }).AddOptions<RateLimiterOptions>().Configure<IOptions<MarsadOptions>>((o, marsad) =>
        {
            var limits = marsad.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ApiPolicy, context => RateLimitPartition.GetConcurrencyLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = Math.Max(1, limits.ConcurrentRequestsPerClient),
                    QueueLimit = Math.Max(0, limits.QueuedRequestsPerClient),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = string.Create(CultureInfo.InvariantCulture,
                            $"more than {limits.ConcurrentRequestsPerClient + limits.QueuedRequestsPerClient} requests from this address at once; retry after a second"),
                    },
                }).ConfigureAwait(false);
            };
        });
}
