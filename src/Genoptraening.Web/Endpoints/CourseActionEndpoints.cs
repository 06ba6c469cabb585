using System.Security.Claims;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Http;
using Genoptraening.Web.Intake;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// Acting on a course: record an event (RULES.md § 4), terminate it, acknowledge an alert, purge it.
/// A request is answered with the course (200), its refusal (409, or 400 for a wrong field), or, when
/// the course's step has not answered within <see cref="CourseService.AnswerBound"/>, 202 with the
/// request's own status URI.
/// </summary>
public static class CourseActionEndpoints
{
    internal static IEnumerable<ApiRoute> Routes =>
    [
        new("PostEvent", "POST", "courses/{id:guid}/events/{type}", ApiAccess.Municipalities, PostEventAsync, b => b.WithTags("Courses")
            .WithSummary("Record an event: CitizenContacted, Visitated, StartOffered, TrainingStarted, ... (RULES.md § 4). 409 when the course refuses it.")
            .Accepts<EventJsonSchema>(RequestBody.Json)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)),
        new("TerminateCourse", "POST", "courses/{id:guid}/terminate", ApiAccess.Municipalities, TerminateAsync, b => b.WithTags("Courses")
            .WithSummary("End the course as cancelled (body: { \"reason\" }).")
            .ProducesProblem(StatusCodes.Status409Conflict)),
        new("AcknowledgeAlert", "POST", "courses/{id:guid}/alerts/acknowledge", ApiAccess.Municipalities, AcknowledgeAsync, b => b.WithTags("Courses")
            .WithSummary("Acknowledge a warning (level 0) or escalation with a comment (body: { \"kind\", \"level\", \"comment\" }); it is recorded on the course.")
            .ProducesProblem(StatusCodes.Status409Conflict)),
        new("GetRequestStatus", "GET", "courses/{id:guid}/requests/{requestId}", ApiAccess.AnyCaller, RequestStatusAsync, b => b.WithTags("Courses")
            .WithSummary("The answer to a request that was still pending when its POST answered 202: 202 while pending, else 200 with the answer.")),
        new("RetryCourse", "POST", "courses/{id:guid}/retry", ApiAccess.Administrators, RetryAsync, b => b.WithTags("Courses")
            .WithSummary("Operators: run a faulted course's failing step again now (queue course-faults, docs/escalations.md). 409 when the course is not faulted.")
            .ProducesProblem(StatusCodes.Status409Conflict)),
        new("PurgeCourse", "DELETE", "courses/{id:guid}", ApiAccess.Administrators, PurgeAsync, b => b.WithTags("Courses")
            .WithSummary("Purge the course: its events, timers, messages and personal data. The audit log keeps the course id only.")),
    ];

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> PostEventAsync(
        Guid id, string type, HttpRequest request, ClaimsPrincipal user, CourseService courses, IClock clock, ILoggerFactory logs,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var (body, problem) = await JsonBody.ReadObjectAsync(request, allowEmpty: true, errors, cancellationToken);
        using var document = body;
        if (problem is not null)
        {
            return problem;
        }

        if (!OccurrenceJson.TryParseType(type, out var occurrenceType))
        {
            return Problems.Invalid("type", $"unknown event type '{type}'; expected one of: {OccurrenceJson.TypeNames}");
        }

        if (occurrenceType is OccurrenceType.PlanCorrected or OccurrenceType.PlanCancelled)
        {
            return Problems.Invalid("type", $"{type} is the hospital's: it sends POST /api/plans with \"status\": \"corrected\" or \"cancelled\"");
        }

        if (document is null
            || InputRules.ReadEvent(occurrenceType, new JsonFieldReader(document.RootElement, string.Empty, errors), clock.GetCurrentInstant()) is not { } occurrence)
        {
            return Problems.Invalid(errors);
        }

        return await RecordAsync(id, occurrence, request, user, courses, logs.CreateLogger(nameof(CourseActionEndpoints)), cancellationToken);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> TerminateAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, CourseService courses, IClock clock, ILoggerFactory logs,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var (body, problem) = await JsonBody.ReadObjectAsync(request, allowEmpty: true, errors, cancellationToken);
        using var document = body;
        if (problem is not null)
        {
            return problem;
        }

        var reason = document is null ? null : new JsonFieldReader(document.RootElement, string.Empty, errors).Text("reason");
        InputRules.Note("reason", reason, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var occurrence = new Occurrence.CourseCancelled(clock.GetCurrentInstant(), reason ?? "terminated");
        return await RecordAsync(id, occurrence, request, user, courses, logs.CreateLogger(nameof(CourseActionEndpoints)), cancellationToken);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> AcknowledgeAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, CourseService courses, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var (body, problem) = await JsonBody.ReadObjectAsync(request, allowEmpty: false, errors, cancellationToken);
        using var document = body;
        if (problem is not null)
        {
            return problem;
        }

        var fields = document is null ? null : new JsonFieldReader(document.RootElement, string.Empty, errors);
        var kindName = fields?.Text("kind", required: true);
        var level = fields?.WholeNumber("level", required: true);
        var comment = fields?.Text("comment", required: true);
        InputRules.Note("comment", comment, errors);
        if (kindName is not null && !Domain.Vocabulary.WireNames.TryParse<Domain.Vocabulary.DeadlineKind>(kindName, out _))
        {
            errors.Add(new FieldError("kind", $"unknown deadline kind '{kindName}'"));
        }

        if (errors.Count > 0 || !Domain.Vocabulary.WireNames.TryParse<Domain.Vocabulary.DeadlineKind>(kindName, out var kind))
        {
            return Problems.Invalid(errors);
        }

        var caller = Caller.From(user);
        var acknowledge = new CourseCommand.Acknowledge(kind, level!.Value, comment!, caller.Name);
        var result = await courses.SendAsync(id, acknowledge, caller.Name, course => CourseAccess.CanAct(caller, course), cancellationToken);
        return Answer(id, result, request);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> RequestStatusAsync(
        Guid id, string requestId, HttpRequest request, ClaimsPrincipal user, CourseService courses, CancellationToken cancellationToken)
    {
        if (!IsRequestId(requestId))
        {
            return Problems.NotFound(id);
        }

        var caller = Caller.From(user);
        var result = await courses.StatusAsync(id, requestId, course => CourseAccess.CanRead(caller, course), cancellationToken);
        return result switch
        {
            CourseAnswer.NotFound => Problems.NotFound(id),
            _ => RequestStatusJson.Result(id, requestId, result, request),
        };
    }

    /// <summary>The ids this API hands out (32 hex digits): anything else is no request, and never a table key.</summary>
    private static bool IsRequestId(string requestId) => requestId.Length == 32 && requestId.All(char.IsAsciiHexDigitLower);

    private static async Task<Results<Accepted, ProblemHttpResult>> RetryAsync(
        Guid id, ClaimsPrincipal user, CourseOrchestrations orchestrations, ILoggerFactory logs)
    {
        var state = await orchestrations.GetAsync(id);
        if (state is null)
        {
            return Problems.NotFound(id);
        }

        if (state is not { IsRunning: true, Status.Faulted: true })
        {
            return Problems.Conflict("The course is not faulted: its steps run by themselves.");
        }

        await orchestrations.RetryAsync(id);
        Log.CourseRetried(logs.CreateLogger(nameof(CourseActionEndpoints)), id, Caller.From(user).Name);
        return TypedResults.Accepted($"/api/courses/{id:D}");
    }

    private static async Task<Results<Ok<PurgeResult>, ProblemHttpResult>> PurgeAsync(
        Guid id, ClaimsPrincipal user, CoursePurge purge, ICourseEventStore events, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        // A course purged before is gone (404), but its purge is resumed, in case it stopped half-way.
        var actor = Caller.From(user).Name;
        var present = await events.LoadAsync(id, cancellationToken) is not null;
        if (!await purge.PurgeAsync(id, actor, CoursePurge.RequestedRoute, cancellationToken) || !present)
        {
            return Problems.NotFound(id);
        }

        Log.CoursePurged(logs.CreateLogger(nameof(CourseActionEndpoints)), id, actor);
        return TypedResults.Ok(new PurgeResult(1));
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Guid id, Occurrence occurrence, HttpRequest request, ClaimsPrincipal user, CourseService courses, ILogger logger,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var result = await courses.SendAsync(id, new CourseCommand.Record(occurrence), caller.Name, course => CourseAccess.CanAct(caller, course), cancellationToken);
        if (result is CourseAnswer.Accepted)
        {
            Log.EventRecorded(logger, id, occurrence.Type);
        }
        else if (result is CourseAnswer.Refused refused)
        {
            Log.EventRefused(logger, id, occurrence.Type, refused.Rejection.Code, refused.Field);
        }

        return Answer(id, result, request);
    }

    /// <summary>The course after an accepted step (200), 400 for bad input, 409 for a refusal, 202 while pending, 404 for no course.</summary>
    /// <remarks>The course is answered without the citizen's CPR number: only <c>GET /api/courses/{id}?include=cpr</c> gives it, audited.</remarks>
    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> Answer(Guid id, CourseAnswer result, HttpRequest request) => result switch
        {
            CourseAnswer.Accepted accepted => CourseJson.Result(accepted.Course),
            CourseAnswer.Refused { IsInvalidInput: true } invalid => Problems.Invalid(invalid.Field ?? "body", invalid.Reason),
            CourseAnswer.Refused refused => Problems.Conflict(refused.Reason),
            CourseAnswer.Pending pending => RequestStatusJson.Result(id, pending.RequestId, pending, request),
            _ => Problems.NotFound(id),
        };
}
