using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>One deadline of a course as it stands.</summary>
public sealed record DeadlineState(DeadlineKind Kind, LocalDate Due, Instant OpenedAt, Instant BreachAt, Instant? WarningAt)
{
    public DeadlineStatus Status { get; init; } = DeadlineStatus.Pending;

    public Instant? SatisfiedAt { get; init; }

    public Instant? BreachedAt { get; init; }

    /// <summary>When a still-breached deadline goes to level 2; set at the breach.</summary>
    public Instant? Level2At { get; init; }

    public bool WarningRaised { get; init; }

    public bool Level2Raised { get; init; }

    /// <summary>Weeks of extension granted in all (end deadlines only).</summary>
    public int ExtendedWeeks { get; init; }

    public bool IsPending => Status == DeadlineStatus.Pending;
}
