using System.Collections.Immutable;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>A course as its events leave it: deadlines, alerts, outcome, and the timers it still needs.</summary>
public sealed record CourseState
{
    public static CourseState Initial { get; } = new();

    /// <summary>The standard version the course keeps for life; null before it started.</summary>
    public StandardVersion? Rules { get; init; }

    /// <summary>The referral as it stands: a hospital's corrections replace the plan's fields (RULES.md § 9).</summary>
    public Referral? Referral { get; init; }

    /// <summary>The referral as first received, before any correction.</summary>
    public Referral? ReceivedReferral { get; init; }

    /// <summary>Every deadline the course has had, in the order they opened.</summary>
    public ImmutableList<DeadlineState> Deadlines { get; init; } = [];

    /// <summary>What staff recorded, in order.</summary>
    public ImmutableList<Occurrence> Occurrences { get; init; } = [];

    /// <summary>Warnings and escalations, in the order raised.</summary>
    public ImmutableList<Alert> Alerts { get; init; } = [];

    /// <summary>The citizen's extended free choice; null unless a breach triggered it.</summary>
    public FreeChoice? FreeChoice { get; init; }

    public Instant? FreeChoiceTriggeredAt => FreeChoice?.TriggeredAt;

    public CourseOutcome? Outcome { get; init; }

    public Instant? EndedAt { get; init; }

    /// <summary>The latest instant of any event; a new occurrence may not lie before it.</summary>
    public Instant? LastEventAt { get; init; }

    /// <summary>How many events the course has; the engine's optimistic-concurrency version.</summary>
    public int Version { get; init; }

    public bool IsStarted => Rules is not null;

    public bool IsEnded => Outcome is not null;

    public bool HasTrainingStarted => Has(OccurrenceType.TrainingStarted);

    public int NoShows => Occurrences.Count(o => o.Type == OccurrenceType.NoShow);

    public IEnumerable<Alert> Warnings => Alerts.Where(a => a.IsWarning);

    public IEnumerable<Alert> Escalations => Alerts.Where(a => !a.IsWarning);

    /// <summary>
    /// Warnings and escalations that still ask for someone's action: not acknowledged, and their deadline still
    /// pending or breached. An alert whose deadline was met (on time or late), waived or cancelled is settled by
    /// that, with no acknowledgement. The free choice's breach is the exception both ways: it stays open, even
    /// once a start is offered late, until the citizen is recorded informed of the free choice, which settles it.
    /// </summary>
    public IEnumerable<Alert> OpenAlerts => Alerts.Where(a => a.Acknowledged is null && !IsSettled(a));

    /// <summary>Whether <paramref name="alert"/> needs no acknowledgement any more (see <see cref="OpenAlerts"/>).</summary>
    private bool IsSettled(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (FreeChoice is { } freeChoice && freeChoice.IsItsBreach(alert))
        {
            return freeChoice.IsInformed;
        }

        return Deadline(alert.Kind)?.Status is not (DeadlineStatus.Pending or DeadlineStatus.Breached);
    }

    public DeadlineState? Deadline(DeadlineKind kind) => Deadlines.FirstOrDefault(d => d.Kind == kind);

    public bool Has(OccurrenceType type) => Occurrences.Any(o => o.Type == type);

    public Occurrence? FirstOf(OccurrenceType type) => Occurrences.FirstOrDefault(o => o.Type == type);

    /// <summary>The timers the course needs now, soonest first; none once it has ended.</summary>
    public IReadOnlyList<CourseTimer> Timers
    {
        get
        {
            if (!IsStarted || IsEnded)
            {
                return [];
            }

            var timers = new List<CourseTimer>();
            foreach (var d in Deadlines)
            {
                if (d.IsPending && d.WarningAt is { } warningAt && !d.WarningRaised)
                {
                    timers.Add(new CourseTimer(TimerKind.Warning, d.Kind, warningAt));
                }

                if (d.IsPending)
                {
                    timers.Add(new CourseTimer(TimerKind.Breach, d.Kind, d.BreachAt));
                }

                if (d.Status == DeadlineStatus.Breached && d.Level2At is { } level2At && !d.Level2Raised)
                {
                    timers.Add(new CourseTimer(TimerKind.Level2Escalation, d.Kind, level2At));
                }
            }

            // Stable sort: same-instant timers keep the deadlines' order, then warning, breach, level 2.
            return [.. timers.OrderBy(t => t.Due)];
        }
    }

    public CourseTimer? NextTimer => Timers is [var first, ..] ? first : null;

    internal CourseState WithDeadline(DeadlineKind kind, Func<DeadlineState, DeadlineState> change)
    {
        var current = Deadline(kind) ?? throw new InvalidOperationException($"The course has no {kind} deadline.");
        return this with { Deadlines = Deadlines.Replace(current, change(current)) };
    }
}
