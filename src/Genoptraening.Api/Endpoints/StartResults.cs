using Genoptraening.Api.Http;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Api.Endpoints;

/// <summary>How a start answers: 202 for a new course, 200 for a referral seen before, 400 or 409 when refused.</summary>
internal static class StartResults
{
    public static Results<Accepted<ManagementPayload>, Ok<ManagementPayload>, ValidationProblem, ProblemHttpResult> From(
        StepResult result, HttpRequest request, ILogger logger)
    {
        switch (result)
        {
            case StepResult.Accepted { Created: true } started:
                var payload = ManagementPayload.For(started.CourseId, request);
                Log.CourseStarted(logger, started.CourseId, started.State.Rules!.Id);
                return TypedResults.Accepted(payload.StatusQueryGetUri, payload);
            case StepResult.Accepted existing:
                var again = ManagementPayload.For(existing.CourseId, request);
                request.HttpContext.Response.Headers.Location = again.StatusQueryGetUri;
                return TypedResults.Ok(again);
            case StepResult.Rejected { Kind: RejectionKind.InvalidInput } invalid:
                return Problems.Invalid(invalid.Field ?? "body", invalid.Reason);
            case StepResult.Rejected refused:
                return Problems.Conflict(refused.Reason);
            default:
                throw new InvalidOperationException($"Unexpected start result {result}.");
        }
    }
}
