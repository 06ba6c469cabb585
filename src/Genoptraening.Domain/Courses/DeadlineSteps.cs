using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using static Genoptraening.Domain.Courses.CourseEvent;

namespace Genoptraening.Domain.Courses;

/// <summary>Opening, meeting, breaching and escalating deadlines (RULES.md §§ 2, 5 and 6).</summary>
internal static class DeadlineSteps
{
    public static void OpenAnchoredOnReferral(DecisionBuilder builder, Instant at)
    {
        foreach (var rule in builder.State.Rules!.Deadlines.Where(r => r.Anchor == Anchor.Received || r.Anchor == Anchor.Discharge))
        {
            Open(builder, rule, at);
        }
    }

    public static void OpenAnchoredOn(DecisionBuilder builder, OccurrenceType occurrence, Instant at)
    {
        foreach (var rule in builder.State.Rules!.Deadlines.Where(r => r.Anchor.Occurrence == occurrence))
        {
            if (builder.State.Deadline(rule.Kind) is null)
            {
                Open(builder, rule, at);
            }
        }
    }

    /// <summary>The deadlines of RULES.md § 10 that no standard lists, and the events that meet them.</summary>
    private static readonly (DeadlineKind Kind, OccurrenceType SatisfiedBy)[] CitizensSide =
    [
        (DeadlineKind.CitizenReply, OccurrenceType.CitizenReplied),
        (DeadlineKind.FreeChoiceNotice, OccurrenceType.CitizenInformedOfFreeChoice),
    ];

    /// <summary>Meets (or meets late) every open deadline the occurrence satisfies.</summary>
    public static void Satisfy(DecisionBuilder builder, Occurrence occurrence)
    {
        var kinds = builder.State.Rules!.Deadlines.Where(r => r.SatisfiedBy == occurrence.Type).Select(r => r.Kind)
            .Concat(CitizensSide.Where(c => c.SatisfiedBy == occurrence.Type).Select(c => c.Kind));
        foreach (var kind in kinds)
        {
            var deadline = builder.State.Deadline(kind);
            if (deadline is { IsPending: true } && occurrence is Occurrence.StartOffered offer && !IsOnTime(offer, deadline.Due))
            {
                // An offer to start after the due date breaches at once, at the instant of the offer.
                Breach(builder, deadline, offer.At);
                builder.Emit(new DeadlineMetLate(offer.At, kind));
            }
            else if (deadline is { IsPending: true })
            {
                builder.Emit(new DeadlineMet(occurrence.At, kind));
            }
            else if (deadline is { Status: DeadlineStatus.Breached })
            {
                builder.Emit(new DeadlineMetLate(occurrence.At, kind));
            }
        }
    }

    /// <summary>
    /// The citizen's reply deadline (RULES.md § 10), opened by a contact that sets one: due on <paramref name="replyBy"/>, with
    /// no warning and no escalation (it is the citizen's deadline, not the municipality's). Once per course.
    /// </summary>
    public static void OpenCitizenReply(DecisionBuilder builder, LocalDate replyBy, Instant at)
    {
        if (builder.State.Deadline(DeadlineKind.CitizenReply) is null)
        {
            builder.Emit(new DeadlineOpened(at, DeadlineKind.CitizenReply, replyBy, DeadlineArithmetic.BreachInstant(replyBy), null));
        }
    }

    public static void Waive(DecisionBuilder builder, Occurrence occurrence)
    {
        foreach (var rule in builder.State.Rules!.Deadlines.Where(r => r.WaivedBy.Contains(occurrence.Type)))
        {
            if (builder.State.Deadline(rule.Kind) is { IsPending: true })
            {
                builder.Emit(new DeadlineWaived(occurrence.At, rule.Kind, occurrence.Type));
            }
        }
    }

    public static void Extend(DecisionBuilder builder, DeadlineKind kind, int weeks, Instant at)
    {
        var deadline = builder.State.Deadline(kind)!;
        var due = deadline.Due.PlusWeeks(weeks);
        var (breachAt, warningAt) = InstantsFor(builder.State.Rules!, due, at);
        builder.Emit(new DeadlineExtended(at, kind, due, breachAt, warningAt, deadline.ExtendedWeeks + weeks));
    }

    /// <summary>
    /// After a correction at <paramref name="at"/> (RULES.md § 9): every pending deadline anchored on the discharge gets its due date
    /// from the corrected plan and is armed again as if opened then: warned at its new instant if that is later, breached at its
    /// new breach instant, or at once if that has passed. A deadline no longer pending stays as it is: a correction never takes
    /// back a breach or a triggered free choice.
    /// </summary>
    public static void RescheduleAnchoredOnDischarge(DecisionBuilder builder, Instant at)
    {
        var rules = builder.State.Rules!;
        foreach (var rule in rules.Deadlines.Where(r => r.Anchor == Anchor.Discharge))
        {
            if (builder.State.Deadline(rule.Kind) is not { IsPending: true } deadline)
            {
                continue;
            }

            var due = DeadlineArithmetic.DueDate(builder.State.Referral!.DischargeAnchorDate, rule.Offset, rule.RollForward, rules.Calendar);
            if (due == deadline.Due)
            {
                continue; // the correction does not move it
            }

            var (breachAt, warningAt) = InstantsFor(rules, due, at);
            builder.Emit(new DeadlineRescheduled(at, rule.Kind, due, breachAt, warningAt));
            if (at >= breachAt)
            {
                Breach(builder, builder.State.Deadline(rule.Kind)!, at);
            }
        }
    }

    public static void CancelPending(DecisionBuilder builder, Instant at)
    {
        foreach (var deadline in builder.State.Deadlines.Where(d => d.IsPending))
        {
            builder.Emit(new DeadlineCancelled(at, deadline.Kind));
        }
    }

    /// <summary>Takes every timer step due at or before <paramref name="limit"/>, each decided at its own due instant.</summary>
    public static void FireTimersUpTo(DecisionBuilder builder, Instant limit)
    {
        while (builder.State.NextTimer is { } timer && timer.Due <= limit)
        {
            var deadline = builder.State.Deadline(timer.Deadline)!;
            switch (timer.Kind)
            {
                case TimerKind.Warning:
                    builder.Emit(new WarningRaised(timer.Due, timer.Deadline));
                    break;
                case TimerKind.Breach:
                    Breach(builder, deadline, timer.Due);
                    break;
                case TimerKind.Level2Escalation:
                    builder.Emit(new EscalationRaised(timer.Due, timer.Deadline, Level: 2));
                    break;
            }
        }
    }

    private static void Open(DecisionBuilder builder, DeadlineRule rule, Instant at)
    {
        var state = builder.State;
        var rules = state.Rules!;
        var anchorDate = rule.Anchor == Anchor.Received ? state.Referral!.ReceivedDate
            : rule.Anchor == Anchor.Discharge ? state.Referral!.DischargeAnchorDate
            : CourseDecider.DateOf(at);
        var due = DeadlineArithmetic.DueDate(anchorDate, rule.Offset, rule.RollForward, rules.Calendar);
        var (breachAt, warningAt) = InstantsFor(rules, due, at);
        builder.Emit(new DeadlineOpened(at, rule.Kind, due, breachAt, warningAt));

        var opened = builder.State.Deadline(rule.Kind)!;
        if (state.FirstOf(rule.SatisfiedBy) is { } earlier)
        {
            // Its satisfying event came before its anchor: met at once (RULES.md § 4).
            if (earlier is Occurrence.StartOffered offer && !IsOnTime(offer, due))
            {
                Breach(builder, opened, at);
                builder.Emit(new DeadlineMetLate(at, rule.Kind));
            }
            else
            {
                builder.Emit(new DeadlineMet(at, rule.Kind));
            }
        }
        else if (at >= breachAt)
        {
            Breach(builder, opened, at);
        }
    }

    private static void Breach(DecisionBuilder builder, DeadlineState deadline, Instant at)
    {
        var rules = builder.State.Rules!;
        if (deadline.Kind == DeadlineKind.CitizenReply)
        {
            // The citizen missed the reply deadline: no alert to staff; a pending start guarantee is waived, as if
            // CitizenMissedResponseDeadline had been recorded at this instant (RULES.md § 10).
            builder.Emit(new DeadlineBreached(at, deadline.Kind, null));
            if (builder.State.Deadline(DeadlineKind.StartGuarantee) is { IsPending: true })
            {
                builder.Emit(new DeadlineWaived(at, DeadlineKind.StartGuarantee, OccurrenceType.CitizenMissedResponseDeadline));
            }

            return;
        }

        Instant? level2At = rules.Escalation.Level2AfterWorkingDays is { } workingDays
            ? Instant.Max(DeadlineArithmetic.Level2Instant(deadline.Due, workingDays, rules.Calendar), at)
            : null;
        builder.Emit(new DeadlineBreached(at, deadline.Kind, level2At));
        builder.Emit(new EscalationRaised(at, deadline.Kind, Level: 1));
        if (rules.RuleFor(deadline.Kind)?.BreachTriggersFreeChoice == true && builder.State.FreeChoiceTriggeredAt is null)
        {
            builder.Emit(new FreeChoiceTriggered(at, deadline.Kind));
            OpenFreeChoiceNotice(builder, at);
        }
    }

    /// <summary>
    /// The free-choice notice (RULES.md § 10): when free choice is triggered at <paramref name="at"/>, the municipality must tell
    /// the citizen by the first working day after that day; warned, breached and escalated like every deadline.
    /// </summary>
    private static void OpenFreeChoiceNotice(DecisionBuilder builder, Instant at)
    {
        var rules = builder.State.Rules!;
        var due = rules.Calendar.NthWorkingDayAfter(CourseDecider.DateOf(at), 1);
        var (breachAt, warningAt) = InstantsFor(rules, due, at);
        builder.Emit(new DeadlineOpened(at, DeadlineKind.FreeChoiceNotice, due, breachAt, warningAt));
    }

    private static (Instant BreachAt, Instant? WarningAt) InstantsFor(StandardVersion rules, LocalDate due, Instant openedAt)
    {
        var warningAt = rules.Escalation.Warning ? DeadlineArithmetic.WarningInstant(due, rules.Calendar) : (Instant?)null;
        return (DeadlineArithmetic.BreachInstant(due), warningAt >= openedAt ? warningAt : null);
    }

    /// <summary>An offer meets a deadline when made no later than the due date, for a start no later than the due date.</summary>
    private static bool IsOnTime(Occurrence.StartOffered offer, LocalDate due) =>
        CourseDecider.DateOf(offer.At) <= due && offer.StartDate <= due;
}
