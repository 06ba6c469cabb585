using System.Security.Claims;
using Genoptraening.Api.Extensions;
using Genoptraening.Api.Http;
using Genoptraening.Api.Security;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Genoptraening.Api.Endpoints;

/// <summary>Acting on a course: record an event (RULES.md § 4), terminate it, purge it.</summary>
public static class CourseActionEndpoints
{
    public static IEndpointRouteBuilder MapCourseActions(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/courses").WithTags("Courses");
        courses.MapPost("/{id:guid}/events/{type}", PostEventAsync).RequireAuthorization(SecurityServices.Municipalities)
            .WithSummary("Record an event: CitizenContacted, Visitated, StartOffered, TrainingStarted, ... (RULES.md § 4). 409 when the course refuses it.")
            .Accepts<EventJsonSchema>(RequestBody.Json)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        courses.MapPost("/{id:guid}/terminate", TerminateAsync).RequireAuthorization(SecurityServices.Municipalities)
            .WithSummary("End the course as cancelled (body: { \"reason\" }).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        courses.MapPost("/{id:guid}/alerts/acknowledge", AcknowledgeAsync).RequireAuthorization(SecurityServices.Municipalities)
            .WithSummary("Acknowledge a warning (level 0) or escalation with a comment (body: { \"kind\", \"level\", \"comment\" }); it is recorded on the course.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        courses.MapDelete("/{id:guid}", PurgeAsync).RequireAuthorization(SecurityServices.Administrators)
            .WithSummary("Purge the course: its events, timers, messages and personal data. The audit log keeps the course id only.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> PostEventAsync(
        Guid id, string type, HttpRequest request, ClaimsPrincipal user, CourseRuntime runtime, ICourseStore store, IClock clock, ILoggerFactory logs,
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

        if (document is null || OccurrenceJson.Read(occurrenceType, new JsonFieldReader(document.RootElement, string.Empty, errors), clock.GetCurrentInstant())
            is not { } occurrence)
        {
            return Problems.Invalid(errors);
        }

        return await RecordAsync(id, occurrence, user, runtime, store, logs.CreateLogger(nameof(CourseActionEndpoints)), cancellationToken);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> TerminateAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, CourseRuntime runtime, ICourseStore store, IClock clock, ILoggerFactory logs,
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
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var occurrence = new Occurrence.CourseCancelled(clock.GetCurrentInstant(), reason ?? "terminated");
        return await RecordAsync(id, occurrence, user, runtime, store, logs.CreateLogger(nameof(CourseActionEndpoints)), cancellationToken);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> AcknowledgeAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, CourseRuntime runtime, ICourseStore store, CancellationToken cancellationToken)
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
        if (kindName is not null && !Domain.WireNames.TryParse<Domain.Deadlines.DeadlineKind>(kindName, out _))
        {
            errors.Add(new FieldError("kind", $"unknown deadline kind '{kindName}'"));
        }

        if (errors.Count > 0 || !Domain.WireNames.TryParse<Domain.Deadlines.DeadlineKind>(kindName, out var kind))
        {
            return Problems.Invalid(errors);
        }

        var caller = Caller.From(user);
        var result = await runtime.AcknowledgeAsync(id, kind, level!.Value, comment!, caller.Name, row => CourseAccess.CanAct(caller, row), cancellationToken);
        return await AnswerAsync(id, result, store, cancellationToken);
    }

    private static async Task<Results<Ok<PurgeResult>, ProblemHttpResult>> PurgeAsync(
        Guid id, ClaimsPrincipal user, ICourseStore store, IClock clock, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var actor = Caller.From(user).Name;
        if (!await store.PurgeAsync(id, actor, clock.GetCurrentInstant(), cancellationToken))
        {
            return Problems.NotFound(id);
        }

        Log.CoursePurged(logs.CreateLogger(nameof(CourseActionEndpoints)), id, actor);
        return TypedResults.Ok(new PurgeResult(1));
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Guid id, Occurrence occurrence, ClaimsPrincipal user, CourseRuntime runtime, ICourseStore store, ILogger logger, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var result = await runtime.RecordAsync(id, occurrence, row => CourseAccess.CanAct(caller, row), cancellationToken);
        if (result is StepResult.Accepted)
        {
            Log.EventRecorded(logger, id, occurrence.Type);
        }
        else if (result is StepResult.Rejected { Kind: RejectionKind.NotAllowed } refused)
        {
            Log.EventRefused(logger, id, occurrence.Type, refused.Reason);
        }

        return await AnswerAsync(id, result, store, cancellationToken);
    }

    /// <summary>The course after an accepted step (200), or 400 for bad input, 409 for a refusal, 404 for no course.</summary>
    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Guid id, StepResult result, ICourseStore store, CancellationToken cancellationToken) => result switch
        {
            StepResult.Accepted accepted => CourseJson.Result(accepted.Course, await store.LoadPersonalDataAsync(id, cancellationToken)),
            StepResult.Rejected { Kind: RejectionKind.InvalidInput } invalid => Problems.Invalid(invalid.Field ?? "body", invalid.Reason),
            StepResult.Rejected refused => Problems.Conflict(refused.Reason),
            _ => Problems.NotFound(id),
        };
}
