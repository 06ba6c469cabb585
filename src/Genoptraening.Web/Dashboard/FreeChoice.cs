using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Workflows.Reads;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The citizen's extended free choice of provider (Sundhedsloven § 140 a), triggered when the start
/// guarantee is breached: the visitator must tell the citizen of the right to choose another provider.
/// That it was done is recorded by acknowledging the breach's escalation with <see cref="InformedComment"/>.
/// </summary>
/// <param name="TriggeredAt">When the start guarantee was breached.</param>
/// <param name="Kind">The deadline whose breach triggered it.</param>
/// <param name="InformedAt">When the citizen was recorded informed; null until then.</param>
public sealed record FreeChoice(Instant TriggeredAt, DeadlineKind Kind, Instant? InformedAt)
{
    public const string InformedComment = FreeChoiceBreach.InformedComment;

    public const string WhatToDo = "Informér borgeren om retten til at vælge en anden leverandør (udvidet frit valg), og registrér, at det er gjort.";

    public static FreeChoice? Of(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Of(CourseAlerts.Of(state).FreeChoice);
    }

    /// <summary>As the read-model row publishes it (<see cref="CourseAlerts"/>).</summary>
    public static FreeChoice? Of(FreeChoiceStatus? status) =>
        status is { } s ? new FreeChoice(s.TriggeredAt, s.Kind, s.InformedAt) : null;

    /// <summary>
    /// Whether <paramref name="alert"/> is the breach that triggered the free choice: in the inbox it is
    /// acknowledged only by recording that the citizen was informed, never with the other alerts.
    /// </summary>
    public static bool IsItsBreach(CourseState state, Alert alert) => FreeChoiceBreach.IsItsBreach(state, alert);
}
