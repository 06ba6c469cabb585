using Genoptraening.Domain;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Steps;

/// <summary>
/// One step of a course, as the step activity runs it: load the course's events, decide, append the
/// new events and the request's answer in one version-checked write, then publish the read-model row
/// and send the new alerts. Idempotent by step number: a step already written is not decided again,
/// but its publishing and alerts are repeated (a crash may have come between the write and them).
/// A timer step that arrives before its due instant (by the injected clock) changes nothing, and so
/// does a request that was answered already (a duplicate delivery).
/// </summary>
public sealed class CourseStep(
    ICourseEventStore events, ICourseReadModel readModel, IAlertSender alerts, ServiceCatalog catalog, IClock clock, DecideCourse decide)
{
    private const int MaxConflicts = 10;

    public async Task<StepOutcome> RunAsync(StepInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var courseId = Guid.Parse(input.CourseId);
        var request = input.Request is { } raw ? RaisedRequest.Parse(raw) : null;
        for (var conflict = 0; conflict < MaxConflicts; conflict++)
        {
            var history = await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Course {courseId} has no events partition.");
            var course = ReplayedCourse.Of(history, catalog);
            if (input.Step <= history.LastStep)
            {
                await RepeatAsync(courseId, course, input.Step, cancellationToken).ConfigureAwait(false);
                return OutcomeOf(input.Step, request?.RequestId, course.State);
            }

            if (request is null && clock.GetCurrentInstant() < Instant.FromDateTimeOffset(input.TimerDue!.Value))
            {
                return OutcomeOf(input.Step, null, course.State);
            }

            // The task hub delivers a raised event twice now and then; a request is answered once.
            if (request is not null && await events.LoadAnswerAsync(courseId, request.RequestId, cancellationToken).ConfigureAwait(false) is not null)
            {
                return OutcomeOf(input.Step, request.RequestId, course.State);
            }

            var (commit, decided) = await DecideAsync(courseId, course, input, request, cancellationToken).ConfigureAwait(false);
            if (await events.TryAppendAsync(courseId, commit, cancellationToken).ConfigureAwait(false))
            {
                await PublishAsync(courseId, input.Step, course.History.Version, course.State, decided, cancellationToken).ConfigureAwait(false);
                var after = decided.Aggregate(course.State, CourseDecider.Evolve);
                return OutcomeOf(input.Step, request?.RequestId, after);
            }
        }

        throw new InvalidOperationException($"Course {courseId} kept changing under step {input.Step}.");
    }

    private async Task<(StepCommit Commit, IReadOnlyList<CourseEvent> Decided)> DecideAsync(
        Guid courseId, ReplayedCourse course, StepInput input, RaisedRequest? request, CancellationToken cancellationToken)
    {
        var (command, decideAt) = request is null
            ? (new CourseCommand.FireDueTimers(), Instant.FromDateTimeOffset(input.TimerDue!.Value))
            : await CommandOfAsync(courseId, request, cancellationToken).ConfigureAwait(false);
        var decision = decide(course.State, command, decideAt);
        var version = course.History.Version;
        if (decision is Decision.Rejected rejected)
        {
            var refusal = new RequestAnswer(request!.RequestId, input.Step, false, rejected.Kind.ToString(), rejected.Reason, rejected.Field);
            return (new StepCommit(input.Step, version, [], refusal), []);
        }

        var decided = ((Decision.Accepted)decision).Events;
        var stored = decided.Select((e, i) => Store(e, version + i + 1, input.Step)).ToList();
        var answer = request is null ? null : new RequestAnswer(request.RequestId, input.Step, true);
        return (new StepCommit(input.Step, version, stored, answer), decided);
    }

    private async Task<(CourseCommand Command, Instant DecideAt)> CommandOfAsync(Guid courseId, RaisedRequest request, CancellationToken cancellationToken)
    {
        var stored = await events.LoadRequestAsync(courseId, request.RequestId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Course {courseId} has no stored request {request.RequestId}.");
        return (RequestCommands.ToCommand(stored, catalog), stored.DecideAt);
    }

    private Task RepeatAsync(Guid courseId, ReplayedCourse course, int step, CancellationToken cancellationToken)
    {
        var first = course.History.Events.TakeWhile(e => e.Step < step).Count();
        var before = CourseDecider.Fold(course.Events.Take(first));
        var stepEvents = course.Events.Skip(first).Take(course.History.Events.Count(e => e.Step == step)).ToList();
        return PublishAsync(courseId, step, first, before, stepEvents, cancellationToken);
    }

    private async Task PublishAsync(
        Guid courseId, int step, int versionBefore, CourseState before, IReadOnlyList<CourseEvent> stepEvents, CancellationToken cancellationToken)
    {
        var after = stepEvents.Aggregate(before, CourseDecider.Evolve);
        if (after.Rules is not null)
        {
            await readModel.PublishAsync(CourseSummaries.Of(courseId, step, versionBefore + stepEvents.Count, after), cancellationToken).ConfigureAwait(false);
        }

        var raised = StepAlerts.Of(courseId, before, stepEvents, versionBefore + 1);
        if (raised.Count > 0)
        {
            await alerts.SendAsync(raised, cancellationToken).ConfigureAwait(false);
        }
    }

    private static StoredCourseEvent Store(CourseEvent e, int version, int step)
    {
        var (type, data) = CourseEventJson.Serialize(e);
        return new StoredCourseEvent(version, step, type, data);
    }

    private static StepOutcome OutcomeOf(int step, string? requestId, CourseState state)
    {
        // A start the decider refused leaves a course that never began: the loop ends.
        var outcome = state.IsStarted ? state.Outcome?.ToWireName() : NotStarted;
        return new StepOutcome(step, requestId, state.NextTimer?.Due.ToDateTimeOffset(), outcome);
    }

    /// <summary>The loop's outcome for a course whose start was refused.</summary>
    public const string NotStarted = "notStarted";
}
