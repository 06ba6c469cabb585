using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Reports;

/// <summary>
/// What the quality report needs of one course, and nothing else: each deadline kind's status,
/// breaches, free choice, the targets' yes/no answers, the working days to start, the plan's type and
/// level. Published with every step in the course's read-model row (the table store writes it as one
/// short text), so a report over a million courses counts equal facts instead of replaying histories.
/// </summary>
/// <param name="Deadlines">The status of each deadline kind the course has, by kind.</param>
/// <param name="Breaches">Deadlines breached (met late or not at all).</param>
/// <param name="FreeChoice">The start guarantee gave extended free choice.</param>
/// <param name="TrainingStarted">Training has started.</param>
/// <param name="ExaminedWithGoalsAtStart">An initial examination with goals was held by the start of training.</param>
/// <param name="Ended">The course has ended.</param>
/// <param name="Completed">The course was completed (with a final evaluation).</param>
/// <param name="WithContinuation">Completed with a continuation named.</param>
/// <param name="WorkingDaysToStart">Working days from referral to the start of training.</param>
/// <param name="PlanType">The plan's type, when the referral is a plan that says.</param>
/// <param name="Level">The level the plan asks for, when it says.</param>
/// <param name="NotCounted">The course ended withdrawn or misdirected: it counts in no quality target (RULES.md § 4).</param>
/// <param name="FreeChoiceExercised">The citizen chose a provider from the free-choice list.</param>
/// <param name="FreeChoiceDeclined">The citizen declined the free choice and waits for the municipality's own offer.</param>
/// <param name="OtherMunicipality">The citizen trains in another municipality.</param>
public sealed record CourseFacts(
    IReadOnlyList<(DeadlineKind Kind, DeadlineStatus Status)> Deadlines,
    int Breaches,
    bool FreeChoice,
    bool TrainingStarted,
    bool ExaminedWithGoalsAtStart,
    bool Ended,
    bool Completed,
    bool WithContinuation,
    int? WorkingDaysToStart,
    PlanType? PlanType = null,
    TrainingLevel? Level = null,
    bool NotCounted = false,
    bool FreeChoiceExercised = false,
    bool FreeChoiceDeclined = false,
    bool OtherMunicipality = false)
{
    public static CourseFacts Of(CourseState course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var started = course.FirstOf(OccurrenceType.TrainingStarted);
        var completed = course.FirstOf(OccurrenceType.CourseCompleted) as Occurrence.CourseCompleted;
        return new CourseFacts(
            [.. course.Deadlines.Select(d => d.Kind).Distinct().Order().Select(kind => (kind, course.Deadline(kind)!.Status))],
            course.Deadlines.Count(d => d.BreachedAt is not null),
            course.FreeChoiceTriggeredAt is not null,
            started is not null,
            started is not null && course.FirstOf(OccurrenceType.InitialExaminationHeld) is Occurrence.InitialExaminationHeld { GoalsSet: true } examination
                && examination.At <= started.At,
            course.IsEnded,
            completed is not null,
            !string.IsNullOrWhiteSpace(completed?.Continuation),
            started is null || course.Rules is null || course.Referral is null
                ? null
                : course.Rules.Calendar.WorkingDaysBetween(course.Referral.ReceivedDate, Copenhagen.DateOf(started.At)),
            course.Referral?.PlanType,
            course.Referral?.Level,
            course.Outcome is CourseOutcome.Withdrawn or CourseOutcome.Misdirected,
            course.FreeChoice?.ExercisedAt is not null,
            course.FreeChoice?.DeclinedAt is not null,
            course.Outcome == CourseOutcome.OtherMunicipality);
    }

    /// <summary>Equal facts are equal in every part, the deadlines compared in order: the report counts courses by their facts.</summary>
    public bool Equals(CourseFacts? other) =>
        other is not null && Deadlines.SequenceEqual(other.Deadlines) && (Breaches, FreeChoice, TrainingStarted, ExaminedWithGoalsAtStart, Ended, Completed, WithContinuation)
            == (other.Breaches, other.FreeChoice, other.TrainingStarted, other.ExaminedWithGoalsAtStart, other.Ended, other.Completed, other.WithContinuation)
        && (WorkingDaysToStart, PlanType, Level, NotCounted) == (other.WorkingDaysToStart, other.PlanType, other.Level, other.NotCounted)
        && (FreeChoiceExercised, FreeChoiceDeclined, OtherMunicipality) == (other.FreeChoiceExercised, other.FreeChoiceDeclined, other.OtherMunicipality);

    public override int GetHashCode() => HashCode.Combine(Deadlines.Count, Breaches, FreeChoice, TrainingStarted, Ended, WorkingDaysToStart, PlanType, Level);

    /// <summary>The status of the course's deadline of this kind; null when it has none.</summary>
    public DeadlineStatus? StatusOf(DeadlineKind kind)
    {
        foreach (var (k, status) in Deadlines)
        {
            if (k == kind)
            {
                return status;
            }
        }

        return null;
    }
}
