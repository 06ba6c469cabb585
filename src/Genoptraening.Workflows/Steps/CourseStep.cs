using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Steps;

/// <summary>
/// One step of a course, as the step activity runs it: load the course's events, decide, append the
/// new events and the request's answer in one version-checked write, then publish the read-model row
/// and send the new alerts. Idempotent by step number: a step already written is not decided again,
/// but its publishing and alerts are repeated (a crash may have come between the write and them).
/// A timer step that arrives before its due instant (by the injected clock) changes nothing, and so
/// does a request that was answered already (a duplicate delivery); a request that cannot be read
/// is refused (<see cref="StepQuestion"/>).
/// </summary>
public sealed class CourseStep(
    ICourseEventStore events, ICourseReadModel readModel, IAlertSender alerts, ServiceCatalog catalog, IClock clock, DecideCourse decide)
{
    private const int MaxConflicts = 10;
    private static readonly Duration TolerableEarliness = Duration.FromSeconds(5);

    public async Task<StepOutcome> RunAsync(StepInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var courseId = Guid.Parse(input.CourseId);
        for (var conflict = 0; conflict < MaxConflicts; conflict++)
        {
            var history = await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Course {courseId} has no events partition.");
            var course = ReplayedCourse.Of(history, catalog);
            var question = await StepQuestion.ReadAsync(events, catalog, courseId, input, cancellationToken).ConfigureAwait(false);
            if (input.Step <= history.LastStep)
            {
                await RepeatAsync(courseId, course, input.Step, cancellationToken).ConfigureAwait(false);
                return OutcomeOf(input.Step, question.RequestId, course.State);
            }

            if (await IsNoOpAsync(courseId, question, cancellationToken).ConfigureAwait(false))
            {
                return OutcomeOf(input.Step, question.RequestId, course.State);
            }

            var (commit, decided) = Decide(course, input.Step, question);
            if (await events.TryAppendAsync(courseId, commit, cancellationToken).ConfigureAwait(false))
            {
                await PublishAsync(courseId, history.ReferralKey, input.Step, course.History.Version, course.State, decided, cancellationToken).ConfigureAwait(false);
                var after = decided.Aggregate(course.State, CourseDecider.Evolve);
                return OutcomeOf(input.Step, question.RequestId, after);
            }
        }

        throw new InvalidOperationException($"Course {courseId} kept changing under step {input.Step}.");
    }

    /// <summary>
    /// A step that changes nothing: a timer before its due instant by the injected clock, a request
    /// answered already (the task hub delivers a raised event twice now and then), or a raised
    /// request that is not even ours.
    /// </summary>
    private async Task<bool> IsNoOpAsync(Guid courseId, StepQuestion question, CancellationToken cancellationToken) => question switch
    {
        { RequestId: null, Command: CourseCommand.FireDueTimers } => !await IsDueAsync(question.DecideAt, cancellationToken).ConfigureAwait(false),
        { RequestId: null } => true,
        { RequestId: { } id } => await events.LoadAnswerAsync(courseId, id, cancellationToken).ConfigureAwait(false) is not null,
    };

    /// <summary>
    /// Whether a timer is due by the injected clock. A timer that fires a moment early (the task hub's
    /// clock a little ahead of ours) waits the moment out here: the loop would otherwise set the same
    /// timer again, and it would fire again at once.
    /// </summary>
    private async Task<bool> IsDueAsync(Instant due, CancellationToken cancellationToken)
    {
        var early = due - clock.GetCurrentInstant();
        if (early > Duration.Zero && early <= TolerableEarliness)
        {
            await Task.Delay(early.ToTimeSpan(), cancellationToken).ConfigureAwait(false);
        }

        return clock.GetCurrentInstant() >= due;
    }

    private (StepCommit Commit, IReadOnlyList<CourseEvent> Decided) Decide(ReplayedCourse course, int step, StepQuestion question)
    {
        var decision = question.Command is { } command
            ? decide(course.State, command, question.DecideAt)
            : new Decision.Rejected(RejectionCode.UnreadableRequest, [question.Unreadable!]);
        var version = course.History.Version;
        if (decision is Decision.Rejected rejected)
        {
            var refusal = question.RequestId is { } id ? new RequestAnswer(id, step, rejected) : null;
            return (new StepCommit(step, version, [], refusal), []);
        }

        var decided = ((Decision.Accepted)decision).Events;
        var by = Actor.Of(decided, question.By);
        var stored = decided.Select((e, i) => StoredCourseEvent.Of(e, version + i + 1, step, by[i])).ToList();
        var answer = question.RequestId is { } requestId ? new RequestAnswer(requestId, step) : null;
        return (new StepCommit(step, version, stored, answer), decided);
    }

    private Task RepeatAsync(Guid courseId, ReplayedCourse course, int step, CancellationToken cancellationToken)
    {
        var first = course.History.Events.TakeWhile(e => e.Step < step).Count();
        var before = CourseDecider.Fold(course.Events.Take(first));
        var stepEvents = course.Events.Skip(first).Take(course.History.Events.Count(e => e.Step == step)).ToList();
        return PublishAsync(courseId, course.History.ReferralKey, step, first, before, stepEvents, cancellationToken);
    }

    private async Task PublishAsync(
        Guid courseId, string? referralKey, int step, int versionBefore, CourseState before, IReadOnlyList<CourseEvent> stepEvents, CancellationToken cancellationToken)
    {
        var after = stepEvents.Aggregate(before, CourseDecider.Evolve);
        if (after.Rules is not null)
        {
            await readModel.PublishAsync(CourseSummaries.Of(courseId, step, versionBefore + stepEvents.Count, after, referralKey), cancellationToken).ConfigureAwait(false);
        }

        var raised = StepAlerts.Of(courseId, before, stepEvents, versionBefore + 1);
        if (raised.Count > 0)
        {
            await alerts.SendAsync(raised, cancellationToken).ConfigureAwait(false);
        }
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
