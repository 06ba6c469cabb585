using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>
/// What the decider decided: the course's append-only history. Events carry every date and instant
/// they imply (due dates, breach and escalation instants), so replaying a course never consults the
/// calendar or the catalog again and a rule change cannot alter a course in flight.
/// </summary>
public abstract record CourseEvent
{
    private CourseEvent(Instant at) => At = at;

    /// <summary>The instant the event took effect (a timer's due instant for timer steps).</summary>
    public Instant At { get; }

    /// <summary>The course began; <paramref name="Rules"/> is the standard version it keeps for life.</summary>
    public sealed record CourseStarted(Instant At, StandardVersion Rules, Referral Referral) : CourseEvent(At);

    /// <summary>Staff recorded something that happened (RULES.md § 4).</summary>
    public sealed record OccurrenceRecorded(Occurrence Occurrence) : CourseEvent(Occurrence.At);

    /// <summary>A deadline began to run. <paramref name="WarningAt"/> is null when no warning will be raised.</summary>
    public sealed record DeadlineOpened(Instant At, DeadlineKind Kind, LocalDate Due, Instant BreachAt, Instant? WarningAt) : CourseEvent(At);

    public sealed record DeadlineMet(Instant At, DeadlineKind Kind) : CourseEvent(At);

    /// <summary>Satisfied after the breach (or by a start offer beyond the due date).</summary>
    public sealed record DeadlineMetLate(Instant At, DeadlineKind Kind) : CourseEvent(At);

    /// <summary>Breached; <paramref name="Level2At"/> is when it goes to the leader of training if still breached.</summary>
    public sealed record DeadlineBreached(Instant At, DeadlineKind Kind, Instant? Level2At) : CourseEvent(At);

    public sealed record DeadlineWaived(Instant At, DeadlineKind Kind, OccurrenceType WaivedBy) : CourseEvent(At);

    /// <summary>An extension moved the deadline; <paramref name="ExtendedWeeks"/> is the total granted so far.</summary>
    public sealed record DeadlineExtended(Instant At, DeadlineKind Kind, LocalDate Due, Instant BreachAt, Instant? WarningAt, int ExtendedWeeks) : CourseEvent(At);

    public sealed record DeadlineCancelled(Instant At, DeadlineKind Kind) : CourseEvent(At);

    /// <summary>
    /// A corrected plan moved a pending deadline anchored on the discharge (RULES.md § 9): armed again as if opened at
    /// <see cref="CourseEvent.At"/>, with its new due date, breach instant and warning (null when none will be raised).
    /// </summary>
    public sealed record DeadlineRescheduled(Instant At, DeadlineKind Kind, LocalDate Due, Instant BreachAt, Instant? WarningAt) : CourseEvent(At);

    /// <summary>The deadline is near: 00:00 on the last working day before it is due.</summary>
    public sealed record WarningRaised(Instant At, DeadlineKind Kind) : CourseEvent(At);

    /// <summary>Level 1 goes to the visitation at the breach; level 2 to the leader of training.</summary>
    public sealed record EscalationRaised(Instant At, DeadlineKind Kind, int Level) : CourseEvent(At);

    /// <summary>The start guarantee was breached: the citizen may choose a private provider (udvidet frit valg).</summary>
    public sealed record FreeChoiceTriggered(Instant At, DeadlineKind Kind) : CourseEvent(At);

    public sealed record CourseEnded(Instant At, CourseOutcome Outcome) : CourseEvent(At);

    /// <summary>Staff acknowledged a warning or escalation; it leaves the inbox.</summary>
    public sealed record AlertAcknowledged(Instant At, DeadlineKind Kind, int Level, string Comment, string By) : CourseEvent(At);
}
