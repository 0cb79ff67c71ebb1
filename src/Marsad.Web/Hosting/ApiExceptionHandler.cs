using Marsad.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace Marsad.Web.Hosting;

/// <summary>
/// Turns failures into ProblemDetails for API callers: a query the store cannot run is the caller's error (400), a store
/// that cannot answer is 503; anything else is a 500 without internals. Web pages get the error page instead.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public static int StatusOf(Exception e) => e switch
    {
        SearchQueryException or BadHttpRequestException => StatusCodes.Status400BadRequest,
        StoreException => StatusCodes.Status503ServiceUnavailable,
        OperationCanceledException => 499,
        _ => StatusCodes.Status500InternalServerError,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            return false;
        var status = StatusOf(exception);
        if (status >= 500)
            log.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = status switch { 400 => "The request cannot be answered", 503 => "The store is not available", _ => "The server failed" },
                Detail = status is 400 or 503 ? exception.Message : "An unexpected error occurred; it has been logged.",
            },
        }).ConfigureAwait(false);
    }
}
