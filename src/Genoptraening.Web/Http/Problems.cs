using Genoptraening.Workflows.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Http;

/// <summary>The API's error answers, all <c>application/problem+json</c>; a 400 names the offending fields.</summary>
public static class Problems
{
    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request is invalid; nothing was changed.");

    public static ValidationProblem Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    public static ProblemHttpResult Conflict(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The course refuses the event; nothing was changed.", detail: reason);

    public static ProblemHttpResult NotFound(Guid courseId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such course", detail: $"No course {courseId} that this key may see.");

    public static ProblemHttpResult Unavailable(string detail) => Unavailable("Not available now; try again", detail);

    public static ProblemHttpResult Unavailable(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title, detail: detail);

    /// <summary>What the local host's exception handler answers for an error it does not know.</summary>
    public static ProblemHttpResult Failed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "An error occurred while processing your request.");

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail);

    /// <summary>A request ASP.NET Core could not read or bind (its own status, e.g. 400 or 413).</summary>
    public static ProblemHttpResult Unreadable(int status, string detail) =>
        TypedResults.Problem(statusCode: status, title: "The request could not be read; nothing was changed.", detail: detail);

    public static ProblemHttpResult TooManyRequests(string who, TimeSpan wait) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests; nothing was changed.",
            detail: $"{who} has made more requests than its limit allows; try again in {Math.Ceiling(wait.TotalSeconds):0} s (Retry-After).");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);
}
