using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>One deadline as the dashboard's overview shows it (a light, the next deadline, the urgency).</summary>
public sealed record DeadlineProgress(DeadlineKind Kind, LocalDate Due, DeadlineStatus Status);

/// <summary>
/// What the dashboard's overview shows of a course beyond the read-model row's own columns: its deadlines
/// (kind, due date, status; in the order they opened), how far it has come (the phase), and whether its
/// extended free choice is triggered and the citizen informed. Published by every step with the row
/// (the table store writes it as a short JSON), so the overview is one range read of the municipality's rows
/// instead of a history read per course. What depends on the day (lights, urgency) is computed when shown.
/// </summary>
/// <param name="Deadlines">Every deadline the course has had.</param>
/// <param name="Contacted">The citizen is recorded contacted.</param>
/// <param name="Visitated">A visitation or a start offer is recorded.</param>
/// <param name="TrainingStarted">Training has started.</param>
/// <param name="FreeChoiceInformed">Null unless the free choice is triggered; then whether the citizen is recorded informed.</param>
public sealed record CourseProgress(IReadOnlyList<DeadlineProgress> Deadlines, bool Contacted, bool Visitated, bool TrainingStarted, bool? FreeChoiceInformed)
{
    public static CourseProgress Of(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new CourseProgress(
            [.. state.Deadlines.Select(d => new DeadlineProgress(d.Kind, d.Due, d.Status))],
            state.Has(OccurrenceType.CitizenContacted),
            state.Has(OccurrenceType.Visitated) || state.Has(OccurrenceType.StartOffered),
            state.HasTrainingStarted,
            state.FreeChoice?.IsInformed);
    }

    /// <summary>Equal in every part, the deadlines compared in order: a row read back equals the row published.</summary>
    public bool Equals(CourseProgress? other) =>
        other is not null && Deadlines.SequenceEqual(other.Deadlines)
        && (Contacted, Visitated, TrainingStarted, FreeChoiceInformed) == (other.Contacted, other.Visitated, other.TrainingStarted, other.FreeChoiceInformed);

    public override int GetHashCode() => HashCode.Combine(Deadlines.Count, Contacted, Visitated, TrainingStarted, FreeChoiceInformed);
}
