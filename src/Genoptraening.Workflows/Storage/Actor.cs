using Genoptraening.Domain.Courses;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// Who did something to a course, as its history records it beside each event: an API key's name (<c>dev-rebild</c>), the
/// signed-in person (their Entra ID <c>preferred_username</c>), or <see cref="System"/> for what the course's timers did.
/// </summary>
public static class Actor
{
    /// <summary>The course's own timers: warnings, breaches, escalations, the free choice.</summary>
    public const string System = "system";

    /// <summary>What the history says of an event written before the actor was recorded.</summary>
    public const string Unrecorded = "unrecorded";

    /// <summary>
    /// Who each of a step's events is by, when <paramref name="requester"/> asked for the step: the timers that came due
    /// before the request's own event (the decider fires them first), and every warning, breach, escalation and free
    /// choice, are the system's; the request's event and what follows from it are the requester's.
    /// </summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<CourseEvent> events, string requester)
    {
        ArgumentNullException.ThrowIfNull(events);
        var own = events.ToList().FindIndex(e => e is CourseEvent.CourseStarted or CourseEvent.OccurrenceRecorded or CourseEvent.AlertAcknowledged);
        return [.. events.Select((e, i) => requester == System || i < own || own < 0 || IsTimers(e) ? System : requester)];
    }

    private static bool IsTimers(CourseEvent e) =>
        e is CourseEvent.WarningRaised or CourseEvent.EscalationRaised or CourseEvent.DeadlineBreached or CourseEvent.FreeChoiceTriggered;
}
