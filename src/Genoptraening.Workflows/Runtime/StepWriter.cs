using Genoptraening.Domain;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Reports;
using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Workflows.Runtime;

/// <summary>Turns a decision's events into what the store writes: events, course row, next timer, outbox.</summary>
internal static class StepWriter
{
    public static StepWrite Build(
        Guid courseId, string? referralKey, int expectedVersion, CourseState before, IReadOnlyList<CourseEvent> events, Instant now, PersonalData? personal = null)
    {
        var state = before;
        var stored = new List<StoredEvent>(events.Count);
        var outbox = new List<OutboxMessage>();
        foreach (var e in events)
        {
            state = CourseDecider.Evolve(state, e);
            var version = expectedVersion + stored.Count + 1;
            var (type, data) = CourseEventJson.Serialize(e);
            stored.Add(new StoredEvent(version, type, e.At, data));
            if (EscalationMessage.For(courseId, state, e, version) is { } message)
            {
                outbox.Add(message);
            }
        }

        var rules = state.Rules!;
        var next = state.NextTimer;
        var row = new CourseRow(
            courseId,
            rules.Id.ToString(),
            rules.Version,
            rules.Id.Municipality,
            referralKey,
            expectedVersion + stored.Count,
            state.Outcome?.ToWireName(),
            next?.Due,
            state.Referral!.ReceivedAt,
            now);
        return new StepWrite(row, expectedVersion, stored, next is null ? null : new TimerRow(courseId, next.Id, next.Due), outbox, personal, CourseFacts.Of(state).Encode());
    }
}
