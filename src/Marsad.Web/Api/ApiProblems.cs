using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Api;

/// <summary>ProblemDetails results the endpoints return.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>The first error among <paramref name="errors"/>, as a 400, or null when there is none.</summary>
    public static ProblemHttpResult? FirstError(params string?[] errors) =>
        errors.FirstOrDefault(e => e is not null) is { } error ? BadRequest(error) : null;
}
