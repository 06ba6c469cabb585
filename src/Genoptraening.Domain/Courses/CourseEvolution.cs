using Genoptraening.Domain.Vocabulary;
using NodaTime;
using static Genoptraening.Domain.Courses.CourseEvent;

namespace Genoptraening.Domain.Courses;

/// <summary>Folds events into state. Pure and total: it computes nothing the events do not carry.</summary>
internal static class CourseEvolution
{
    public static CourseState Evolve(CourseState state, CourseEvent e)
    {
        var next = e switch
        {
            CourseStarted s => state with { Rules = s.Rules, Referral = s.Referral, ReceivedReferral = s.Referral },
            OccurrenceRecorded r => state with
            {
                Occurrences = state.Occurrences.Add(r.Occurrence),
                FreeChoice = FreeChoiceAfter(state.FreeChoice, r.Occurrence),
                Referral = ReferralAfter(state.Referral, r.Occurrence),
            },
            DeadlineOpened o => state with { Deadlines = state.Deadlines.Add(new DeadlineState(o.Kind, o.Due, o.At, o.BreachAt, o.WarningAt)) },
            DeadlineMet m => state.WithDeadline(m.Kind, d => d with { Status = DeadlineStatus.Met, SatisfiedAt = m.At }),
            DeadlineMetLate m => state.WithDeadline(m.Kind, d => d with { Status = DeadlineStatus.MetLate, SatisfiedAt = m.At }),
            DeadlineBreached b => state.WithDeadline(b.Kind, d => d with { Status = DeadlineStatus.Breached, BreachedAt = b.At, Level2At = b.Level2At }),
            DeadlineWaived w => state.WithDeadline(w.Kind, d => d with { Status = DeadlineStatus.Waived }),
            DeadlineExtended x => state.WithDeadline(x.Kind, d => d with
            {
                Due = x.Due, BreachAt = x.BreachAt, WarningAt = x.WarningAt, WarningRaised = false, ExtendedWeeks = x.ExtendedWeeks,
            }),
            DeadlineCancelled c => state.WithDeadline(c.Kind, d => d with { Status = DeadlineStatus.Cancelled }),
            DeadlineRescheduled x => state.WithDeadline(x.Kind, d => d with { Due = x.Due, BreachAt = x.BreachAt, WarningAt = x.WarningAt, WarningRaised = false }),
            WarningRaised w => state.WithDeadline(w.Kind, d => d with { WarningRaised = true }) with
            {
                Alerts = state.Alerts.Add(new Alert(w.Kind, Alert.WarningLevel, w.At)),
            },
            EscalationRaised x => (x.Level >= 2 ? state.WithDeadline(x.Kind, d => d with { Level2Raised = true }) : state) with
            {
                Alerts = state.Alerts.Add(new Alert(x.Kind, x.Level, x.At)),
            },
            FreeChoiceTriggered f => state with { FreeChoice = new FreeChoice(f.At, f.Kind) },
            CourseEnded ended => state with { Outcome = ended.Outcome, EndedAt = ended.At },
            AlertAcknowledged a => Acknowledge(state, a),
            _ => throw new InvalidOperationException($"Unknown course event {e.GetType().Name}."),
        };
        return next with { Version = state.Version + 1, LastEventAt = Later(state.LastEventAt, e.At) };
    }

    private static CourseState Acknowledge(CourseState state, AlertAcknowledged a)
    {
        var alert = state.Alerts.First(x => x.Kind == a.Kind && x.Level == a.Level);
        var informedTheOldWay = state.FreeChoice is { IsInformed: false } freeChoice && freeChoice.IsItsBreach(alert)
            && a.Comment == FreeChoice.InformedCommentOfOldHistories;
        return state with
        {
            Alerts = state.Alerts.Replace(alert, alert with { Acknowledged = new Acknowledgement(a.At, a.Comment, a.By) }),
            FreeChoice = informedTheOldWay ? state.FreeChoice! with { InformedAt = a.At } : state.FreeChoice,
        };
    }

    private static FreeChoice? FreeChoiceAfter(FreeChoice? freeChoice, Occurrence occurrence) => (freeChoice, occurrence) switch
    {
        ({ } f, Occurrence.CitizenInformedOfFreeChoice informed) => f with { InformedAt = informed.At, Channel = informed.Channel },
        ({ } f, Occurrence.ExtendedFreeChoiceExercised exercised) => f with { ExercisedAt = exercised.At, Provider = exercised.Provider },
        ({ } f, Occurrence.FreeChoiceDeclined declined) => f with { DeclinedAt = declined.At },
        _ => freeChoice,
    };

    private static Referral? ReferralAfter(Referral? referral, Occurrence occurrence) =>
        occurrence is Occurrence.PlanCorrected correction ? referral?.CorrectedBy(correction) : referral;

    private static Instant Later(Instant? a, Instant b) => a is { } x && x > b ? x : b;
}
