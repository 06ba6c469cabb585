using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>
/// The citizen's extended free choice of provider (udvidet frit valg, Sundhedsloven § 140 a; RULES.md
/// §§ 5 and 10), as the course's events leave it: triggered by a deadline's breach, the citizen informed
/// of it, and what the citizen did with it. Its one home: the API, the inbox and the read model read it here.
/// </summary>
/// <param name="TriggeredAt">When the breach gave the free choice.</param>
/// <param name="Kind">The deadline whose breach gave it (the start guarantee).</param>
public sealed record FreeChoice(Instant TriggeredAt, DeadlineKind Kind)
{
    /// <summary>
    /// How histories written before <see cref="Occurrence.CitizenInformedOfFreeChoice"/> existed recorded
    /// the citizen informed: by acknowledging the breach's escalation with exactly this comment. Such a
    /// history still reads as informed (with no channel).
    /// </summary>
    public const string InformedCommentOfOldHistories = "Borgeren er informeret om retten til udvidet frit valg af leverandør.";

    /// <summary>When the citizen was recorded informed; null until then.</summary>
    public Instant? InformedAt { get; init; }

    /// <summary>How the citizen was informed; null until then, and in old histories (see <see cref="InformedCommentOfOldHistories"/>).</summary>
    public InformationChannel? Channel { get; init; }

    /// <summary>When the citizen declined it, preferring to wait for the municipality's own offer; null unless declined.</summary>
    public Instant? DeclinedAt { get; init; }

    /// <summary>When the citizen chose a private provider; null unless the free choice was exercised.</summary>
    public Instant? ExercisedAt { get; init; }

    /// <summary>The provider the citizen chose, as recorded.</summary>
    public string? Provider { get; init; }

    public bool IsInformed => InformedAt is not null;

    /// <summary>Whether <paramref name="alert"/> is the breach's own escalation: informing the citizen settles it.</summary>
    public bool IsItsBreach(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Level == 1 && alert.Kind == Kind;
    }
}
