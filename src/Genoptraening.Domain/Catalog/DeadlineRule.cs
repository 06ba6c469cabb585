using Genoptraening.Domain.Deadlines;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Catalog;

/// <summary>One deadline of a standard: a kind, an anchor, an offset and the event that satisfies it.</summary>
/// <param name="Kind">What the deadline is about.</param>
/// <param name="Offset">How far the due date lies from the anchor date.</param>
/// <param name="Anchor">What the deadline runs from.</param>
/// <param name="SatisfiedBy">The event that meets it.</param>
/// <param name="RollForward">Whether a due date on a non-working day moves to the next working day.</param>
public sealed record DeadlineRule(DeadlineKind Kind, DeadlineOffset Offset, Anchor Anchor, OccurrenceType SatisfiedBy, bool RollForward = false)
{
    /// <summary>Events that waive the deadline when recorded while it is pending.</summary>
    public IReadOnlyList<OccurrenceType> WaivedBy { get; init; } = [];

    /// <summary>Whether a breach gives the citizen extended free choice of provider (§ 140 stk. 4).</summary>
    public bool BreachTriggersFreeChoice { get; init; }

    /// <summary>The events that can satisfy a deadline.</summary>
    public static IReadOnlyList<OccurrenceType> Satisfiers { get; } =
    [
        OccurrenceType.CitizenContacted,
        OccurrenceType.Visitated,
        OccurrenceType.ProviderContacted,
        OccurrenceType.InitialExaminationHeld,
        OccurrenceType.StartOffered,
        OccurrenceType.TrainingStarted,
        OccurrenceType.MidwayEvaluationHeld,
        OccurrenceType.CourseCompleted,
    ];
}
