using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Workflows.Runtime;

/// <summary>
/// Runs the decider against the store, one transaction per step: load, decide, append with
/// optimistic concurrency, update the course row, replace the timer, write the outbox; retry on a
/// version conflict. Timer steps are decided at the timer's own due instant.
/// </summary>
public sealed class CourseRuntime(ICourseStore store, ServiceCatalog catalog, IClock clock, TimerSignal? signal = null)
{
    private const int MaxAttempts = 25;

    public ServiceCatalog Catalog => catalog;

    public async Task<StepResult> StartAsync(StartCourseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!catalog.Contains(request.Standard))
        {
            return new StepResult.Rejected(null, RejectionKind.InvalidInput, $"unknown standard '{request.Standard}'", "standard");
        }

        if (catalog.VersionFor(request.Standard, request.Referral.ReceivedDate) is not { } rules)
        {
            return new StepResult.Rejected(null, RejectionKind.InvalidInput,
                $"{request.Standard} has no version in effect on {WireTime.Format(request.Referral.ReceivedDate)}", "receivedAt");
        }

        var now = clock.GetCurrentInstant();
        var decision = CourseDecider.Decide(CourseState.Initial, new CourseCommand.StartCourse(rules, request.Referral), now);
        if (decision is Decision.Rejected rejected)
        {
            return new StepResult.Rejected(null, rejected.Kind, rejected.Reason, rejected.Field);
        }

        var id = Guid.NewGuid();
        var events = ((Decision.Accepted)decision).Events;
        var write = StepWriter.Build(id, request.ReferralKey, 0, CourseState.Initial, events, now, request.Personal);
        // The same referral again is found by the unique referral key, not by a lookup first.
        var result = await store.CommitAsync(write, cancellationToken).ConfigureAwait(false);
        if (result == CommitResult.DuplicateReferral && await store.FindByReferralKeyAsync(request.ReferralKey!, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return await ExistingAsync(existing, cancellationToken).ConfigureAwait(false);
        }

        if (result != CommitResult.Committed)
        {
            throw new InvalidOperationException($"A new course could not be written ({result}).");
        }

        Notify(write);
        var started = events.Aggregate(CourseState.Initial, CourseDecider.Evolve);
        return new StepResult.Accepted(new LoadedCourse(write.Course, events, started), Created: true);
    }

    /// <summary>Records an occurrence, decided at the clock's now (which its <c>at</c> may not exceed).</summary>
    public Task<StepResult> RecordAsync(Guid courseId, Occurrence occurrence, CancellationToken cancellationToken = default) =>
        StepAsync(courseId, new CourseCommand.Record(occurrence), clock.GetCurrentInstant, cancellationToken);

    /// <summary>Records an occurrence if <paramref name="mayAct"/> allows it on the course's row; otherwise the course is not found.</summary>
    public Task<StepResult> RecordAsync(Guid courseId, Occurrence occurrence, Func<CourseRow, bool> mayAct, CancellationToken cancellationToken = default) =>
        StepAsync(courseId, new CourseCommand.Record(occurrence), clock.GetCurrentInstant, cancellationToken, mayAct);

    /// <summary>Acknowledges a warning (level 0) or an escalation with a comment, recorded on the course.</summary>
    public Task<StepResult> AcknowledgeAsync(Guid courseId, Domain.Deadlines.DeadlineKind kind, int level, string comment, string by, CancellationToken cancellationToken = default) =>
        StepAsync(courseId, new CourseCommand.Acknowledge(kind, level, comment, by), clock.GetCurrentInstant, cancellationToken);

    /// <summary>Acknowledges as above if <paramref name="mayAct"/> allows it on the course's row; otherwise the course is not found.</summary>
    public Task<StepResult> AcknowledgeAsync(
        Guid courseId, Domain.Deadlines.DeadlineKind kind, int level, string comment, string by, Func<CourseRow, bool> mayAct, CancellationToken cancellationToken = default) =>
        StepAsync(courseId, new CourseCommand.Acknowledge(kind, level, comment, by), clock.GetCurrentInstant, cancellationToken, mayAct);

    /// <summary>Takes a timer's step at the timer's due instant, whatever the clock says.</summary>
    public Task<StepResult> FireTimerAsync(TimerRow timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return StepAsync(timer.CourseId, new CourseCommand.FireDueTimers(), () => timer.DueAt, cancellationToken);
    }

    /// <summary>
    /// Takes the steps of a batch of timers of different courses together: one load, one write. A
    /// course that changed meanwhile is retried on its own, so each step still takes effect once.
    /// </summary>
    public async Task FireTimersAsync(IReadOnlyList<TimerRow> timers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timers);
        var courses = (await store.LoadManyAsync([.. timers.Select(t => t.CourseId)], cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.Row.Id);
        var steps = new List<(TimerRow Timer, StepWrite Write)>(timers.Count);
        var now = clock.GetCurrentInstant();
        foreach (var timer in timers)
        {
            if (!courses.TryGetValue(timer.CourseId, out var stored))
            {
                continue;
            }

            var course = Rehydrate(stored);
            var decision = (Decision.Accepted)CourseDecider.Decide(course.State, new CourseCommand.FireDueTimers(), timer.DueAt);
            steps.Add((timer, StepWriter.Build(timer.CourseId, course.Row.ReferralKey, course.Row.Version, course.State, decision.Events, now)));
        }

        var results = await store.CommitManyAsync([.. steps.Select(s => s.Write)], cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < steps.Count; i++)
        {
            if (results[i] == CommitResult.Committed)
            {
                Notify(steps[i].Write);
            }
            else
            {
                await FireTimerAsync(steps[i].Timer, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Several courses at once, for reports.</summary>
    public async Task<IReadOnlyList<LoadedCourse>> LoadManyAsync(IReadOnlyList<Guid> courseIds, CancellationToken cancellationToken = default) =>
        [.. (await store.LoadManyAsync(courseIds, cancellationToken).ConfigureAwait(false)).Select(Rehydrate)];

    public async Task<LoadedCourse?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        return await store.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is { } stored ? Rehydrate(stored) : null;
    }

    private async Task<StepResult> StepAsync(
        Guid courseId, CourseCommand command, Func<Instant> decideAt, CancellationToken cancellationToken, Func<CourseRow, bool>? mayAct = null)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } course || (mayAct is not null && !mayAct(course.Row)))
            {
                return new StepResult.NotFound(courseId);
            }

            var decision = CourseDecider.Decide(course.State, command, decideAt());
            if (decision is Decision.Rejected rejected)
            {
                return new StepResult.Rejected(courseId, rejected.Kind, rejected.Reason, rejected.Field);
            }

            var events = ((Decision.Accepted)decision).Events;
            var write = StepWriter.Build(courseId, course.Row.ReferralKey, course.Row.Version, course.State, events, clock.GetCurrentInstant());
            if (await store.CommitAsync(write, cancellationToken).ConfigureAwait(false) == CommitResult.Committed)
            {
                Notify(write);
                var state = events.Aggregate(course.State, CourseDecider.Evolve);
                return new StepResult.Accepted(new LoadedCourse(write.Course, [.. course.History, .. events], state));
            }
        }

        throw new InvalidOperationException($"Course {courseId} kept changing under {MaxAttempts} attempts of one step.");
    }

    private async Task<StepResult> ExistingAsync(Guid courseId, CancellationToken cancellationToken) =>
        await LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is { } course
            ? new StepResult.Accepted(course, Created: false)
            : new StepResult.NotFound(courseId);

    private LoadedCourse Rehydrate(StoredCourse stored)
    {
        var history = stored.Events.Select(e => CourseEventJson.Deserialize(e.Type, e.Data, ResolveStandard)).ToList();
        return new LoadedCourse(stored.Row, history, CourseDecider.Fold(history));
    }

    private StandardVersion ResolveStandard(StandardId id, int version) =>
        catalog.Version(id, version)
        ?? throw new InvalidOperationException($"The catalog no longer holds {id} v{version}; a course in flight needs it. Restore that version.");

    private void Notify(StepWrite write)
    {
        if (write.NextTimer is not null)
        {
            signal?.Notify();
        }
    }
}
