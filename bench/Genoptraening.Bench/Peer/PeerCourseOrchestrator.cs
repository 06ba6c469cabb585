using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Steps;
using Microsoft.DurableTask;
using NodaTime;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// The textbook peer: a course written as the Durable Functions documentation's samples would write
/// it. The pure decider runs inside the orchestrator and the course's state lives in its local
/// variables, rebuilt by replaying the history every episode (no event store of its own): the input
/// carries the referral, external events carry what staff record, and a durable timer (a new one each
/// round, cancelled when an event wins: the "human interaction" sample) wakes it at the next due
/// instant. Each decided step fans out one activity per alert and one for the read-model row.
/// Deterministic as the documentation asks: time only from the due instants and the events' <c>at</c>.
/// </summary>
/// <param name="catalog">The standards (static configuration, the same on every replay).</param>
/// <param name="decide">The decider's code of this deployment; a new deployment may bring other code.</param>
internal sealed class PeerCourseOrchestrator(ServiceCatalog catalog, DecideCourse decide) : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var courseId = Guid.Parse(context.InstanceId);
        var (start, receivedAt) = PeerStart.Read(input, catalog);
        var state = await StepAsync(context, courseId, CourseDecider.Initial, start, receivedAt);
        Task<string>? pendingEvent = null;
        while (state.IsStarted && !state.IsEnded)
        {
            pendingEvent ??= context.WaitForExternalEvent<string>(PeerOccurrence.EventName);
            if (state.NextTimer?.Due is not { } due)
            {
                state = await RecordAsync(context, courseId, state, await pendingEvent);
                pendingEvent = null;
                continue;
            }

            using var cancelTimer = new CancellationTokenSource();
            var timer = context.CreateTimer(due.ToDateTimeUtc(), cancelTimer.Token);
            if (await Task.WhenAny(pendingEvent, timer) == pendingEvent)
            {
                // Cancel, not CancelAsync: the orchestrator must not leave Durable Task's scheduler.
                cancelTimer.Cancel();
                state = await RecordAsync(context, courseId, state, await pendingEvent);
                pendingEvent = null;
            }
            else
            {
                state = await StepAsync(context, courseId, state, new CourseCommand.FireDueTimers(), due);
            }
        }

        return state.IsStarted ? state.Outcome!.Value.ToWireName() : "notStarted";
    }

    private Task<CourseState> RecordAsync(TaskOrchestrationContext context, Guid courseId, CourseState state, string raised) =>
        PeerOccurrence.Read(raised) is { } occurrence
            ? StepAsync(context, courseId, state, new CourseCommand.Record(occurrence), occurrence.At)
            : Task.FromResult(state);

    /// <summary>Decides, folds the decided events into the local state, and runs the step's activities together.</summary>
    private async Task<CourseState> StepAsync(TaskOrchestrationContext context, Guid courseId, CourseState state, CourseCommand command, Instant at)
    {
        if (decide(state, command, at) is not Decision.Accepted accepted)
        {
            // Refused: nothing changes (the peer has no answers to write; its caller would read the custom status).
            return state;
        }

        var work = new List<Task>();
        foreach (var e in accepted.Events)
        {
            state = CourseDecider.Evolve(state, e);
            if (EscalationMessage.For(courseId, state, e, state.Version) is { } alert)
            {
                work.Add(context.CallActivityAsync<string>(nameof(SendPeerAlert), alert));
            }
        }

        if (state.IsStarted)
        {
            work.Add(context.CallActivityAsync<string>(nameof(UpsertPeerCourseRow), PeerCourseRow.Of(courseId, state)));
        }

        await Task.WhenAll(work);
        return state;
    }
}
