using Marsad.Storage;

namespace Marsad.Web.Hosting;

/// <summary>
/// Turns failures of API endpoints into ProblemDetails: a query the store cannot run is the caller's error (400), a
/// store that cannot answer is 503; anything else is a 500 that names no internals (the exception is logged).
/// Web pages get the HTML error page instead (the exception handler's <c>/error</c>).
/// </summary>
internal sealed class ApiErrors(ILogger<ApiErrors> log) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (SearchQueryException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be answered");
        }
        catch (StoreException e)
        {
            log.LogError(e, "the store failed on {Path}", context.HttpContext.Request.Path);
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The store is not available");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "{Path} failed", context.HttpContext.Request.Path);
            return TypedResults.Problem(detail: "An unexpected error occurred; it has been logged.", statusCode: StatusCodes.Status500InternalServerError, title: "The server failed");
        }
    }
}
