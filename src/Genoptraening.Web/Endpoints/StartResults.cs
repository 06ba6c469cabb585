using Genoptraening.Web.Http;
using Genoptraening.Workflows.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Endpoints;

/// <summary>How a start answers: 202 for a new course, 200 for a referral seen before, 400 or 409 when refused.</summary>
internal static class StartResults
{
    public static Results<Accepted<ManagementPayload>, Ok<ManagementPayload>, ValidationProblem, ProblemHttpResult> From(
        StartOutcome outcome, Domain.Catalog.StandardId standard, HttpRequest request, ILogger logger)
    {
        if (outcome.CourseId is not { } courseId)
        {
            return outcome.Field is { } field ? Problems.Invalid(field, outcome.Reason!) : Problems.Conflict(outcome.Reason!);
        }

        var payload = ManagementPayload.For(courseId, request);
        if (outcome.Created)
        {
            Log.CourseStarted(logger, courseId, standard);
            return TypedResults.Accepted(payload.StatusQueryGetUri, payload);
        }

        request.HttpContext.Response.Headers.Location = payload.StatusQueryGetUri;
        return TypedResults.Ok(payload);
    }
}
