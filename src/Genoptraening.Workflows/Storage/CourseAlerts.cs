using Genoptraening.Domain.Courses;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// What the dashboard's inbox shows of a course: its open warnings and escalations, and its extended free
/// choice. Published by every step with the read-model row (the table store writes it as a short JSON); a course
/// with an open alert also gets a row in the municipality's inbox range, most urgent first, so the inbox
/// is one range read of just those courses instead of a history read per course.
/// </summary>
/// <param name="Open">The open alerts, the most urgent first: level 2 before 1 before warnings, older before newer.</param>
/// <param name="FreeChoice">Null unless the extended free choice is triggered.</param>
public sealed record CourseAlerts(IReadOnlyList<Alert> Open, FreeChoice? FreeChoice)
{
    public static CourseAlerts Of(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        // What the inbox shows of the free choice; what the citizen chose (a course that then ends) stays in the history.
        var freeChoice = state.FreeChoice is { } f ? f with { ExercisedAt = null, Provider = null } : null;
        return new CourseAlerts(MostUrgentFirst(state.OpenAlerts), freeChoice);
    }

    /// <summary>Equal in every part, the open alerts compared in order: a row read back equals the row published.</summary>
    public bool Equals(CourseAlerts? other) => other is not null && Open.SequenceEqual(other.Open) && FreeChoice == other.FreeChoice;

    public override int GetHashCode() => HashCode.Combine(Open.Count, FreeChoice);

    /// <summary>The alert that places the course in the inbox; null when none is open.</summary>
    public Alert? MostUrgent => Open.Count == 0 ? null : Open[0];

    /// <summary>
    /// Whether <paramref name="alert"/> is the breach that triggered the free choice: acknowledged only by
    /// recording that the citizen was informed, never with the course's other alerts.
    /// </summary>
    public bool IsFreeChoiceBreach(Alert alert) => FreeChoice?.IsItsBreach(alert) ?? false;

    public static IReadOnlyList<Alert> MostUrgentFirst(IEnumerable<Alert> alerts) => [.. alerts.OrderByDescending(a => a.Level).ThenBy(a => a.At)];
}
