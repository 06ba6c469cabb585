using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Http;
using Genoptraening.Web.Intake;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// A plan sent again under its sender and plan id (RULES.md § 9, contracts/http-api.md): the same content is the same
/// course (<c>200</c>), other content is refused (<c>409</c>: send a correction); a correction replaces the course's plan
/// and a cancellation ends the course withdrawn (<c>200</c>), each recorded on the course through the course service like any
/// event. Of a plan never received: <c>404</c>; of a course that has ended, or changing the citizen or the municipality: <c>409</c>.
/// </summary>
internal static class PlanChangeEndpoints
{
    /// <summary>The answer to a new plan whose sender and plan id started <paramref name="courseId"/> before.</summary>
    public static async Task<Results<Accepted<ManagementPayload>, Ok<ManagementPayload>, ValidationProblem, ProblemHttpResult>> AgainAsync(
        PlanRequest plan, Guid courseId, HttpRequest request, CourseReader reader, IPersonalDataStore personalData, CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } course)
        {
            return Same(courseId, request); // still starting: the same plan's start is under way
        }

        // Until the first intake has saved the citizen's data (it does so just after claiming the course), the same plan's
        // copies sent at once compare on the course alone.
        var differences = PlanContent.Differences(plan, course, await personalData.LoadAsync(courseId, cancellationToken).ConfigureAwait(false));
        return differences.Count == 0
            ? Same(courseId, request)
            : Problems.Conflict(
                $"The plan {plan.PlanId} was received before with other content ({string.Join(", ", differences)}); send a changed plan with \"status\": \"corrected\" (GGOP: rettetbrev).");
    }

    /// <summary>A correction or a cancellation of the plan that started the course <see cref="PlanRequest.ReferralKey"/> names.</summary>
    public static async Task<Results<Accepted<ManagementPayload>, Ok<ManagementPayload>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        PlanRequest plan, HttpRequest request, CourseReader reader, IPersonalDataStore personalData, CourseService courses, IClock clock, CancellationToken cancellationToken)
    {
        var courseId = CourseIds.For(plan.ReferralKey);
        if (await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } course)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "No such plan", detail: $"No plan {plan.PlanId} from {plan.Sender} was received, so it cannot be {Verb(plan.Status)}.");
        }

        var personal = await personalData.LoadAsync(courseId, cancellationToken).ConfigureAwait(false);
        if (plan.Municipality.Length > 0 && plan.Municipality != course.Municipality)
        {
            return Problems.Conflict($"A {(plan.Status == PlanStatus.Corrected ? "correction" : "cancellation")} must name the plan's own municipality ({course.Municipality}); to move a plan, cancel it and send a new one.");
        }

        if (plan.Cpr.Length > 0 && personal is not null && plan.Cpr != personal.Cpr)
        {
            return Problems.Conflict($"A {(plan.Status == PlanStatus.Corrected ? "correction" : "cancellation")} must name the plan's own citizen; to change the citizen, cancel the plan and send a new one.");
        }

        var now = clock.GetCurrentInstant();
        Occurrence change = plan.Status == PlanStatus.Corrected
            ? new Occurrence.PlanCorrected(now, plan.DischargeDate, plan.StartNotBefore, PlanTypeOf(plan.PlanType), LevelOf(plan.Level))
            : new Occurrence.PlanCancelled(now, null);
        var answer = await courses.SendAsync(courseId, new CourseCommand.Record(change), Security.Caller.From(request.HttpContext.User).Name, c => c.ReferralKey == plan.ReferralKey, cancellationToken).ConfigureAwait(false);
        if (answer is CourseAnswer.Accepted or CourseAnswer.Pending && plan.Status == PlanStatus.Corrected && personal is not null && personal.PlanText != plan.Text)
        {
            // The corrected plan's text replaces the plan's, kept apart from the course as personal data.
            await personalData.SaveAsync(courseId, personal with { PlanText = plan.Text }, cancellationToken).ConfigureAwait(false);
        }

        switch (answer)
        {
            case CourseAnswer.Accepted:
                return Same(courseId, request);
            case CourseAnswer.Refused { IsInvalidInput: true, Field: { } field } refused:
                return Problems.Invalid(field, refused.Reason);
            case CourseAnswer.Refused refused:
                return Problems.Conflict($"The plan cannot be {Verb(plan.Status)}: {refused.Reason}.");
            case CourseAnswer.Pending:
                return TypedResults.Accepted(Payload(courseId, request).StatusQueryGetUri, Payload(courseId, request));
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such plan", detail: $"No plan {plan.PlanId} from {plan.Sender} was received.");
        }
    }

    private static ManagementPayload Payload(Guid courseId, HttpRequest request) => ManagementPayload.For(courseId, request);

    /// <summary><c>200</c> with the course's body, its <c>Location</c> the course, as a start answers a referral seen before.</summary>
    private static Ok<ManagementPayload> Same(Guid courseId, HttpRequest request)
    {
        var payload = Payload(courseId, request);
        request.HttpContext.Response.Headers.Location = payload.StatusQueryGetUri;
        return TypedResults.Ok(payload);
    }

    private static string Verb(PlanStatus status) => status == PlanStatus.Corrected ? "corrected" : "cancelled";

    private static PlanType? PlanTypeOf(string? name) => WireNames.PlanTypes.TryParse(name, out var type) ? type : null;

    private static TrainingLevel? LevelOf(string? name) => WireNames.TrainingLevels.TryParse(name, out var level) ? level : null;
}
