using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;

namespace Genoptraening.Workflows.Reads;

/// <summary>
/// The breach that gives the citizen extended free choice of provider (Sundhedsloven § 140 a), and whether
/// the visitator has recorded informing the citizen: by acknowledging that breach's escalation with
/// <see cref="InformedComment"/>. Here, not in the dashboard, because the step publishes it with the read-model row.
/// </summary>
public static class FreeChoiceBreach
{
    public const string InformedComment = "Borgeren er informeret om retten til udvidet frit valg af leverandør.";

    /// <summary>The deadline whose breach gives the free choice under the course's rules.</summary>
    public static DeadlineKind? KindOf(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Rules?.Deadlines.FirstOrDefault(r => r.BreachTriggersFreeChoice)?.Kind;
    }

    /// <summary>Whether <paramref name="alert"/> is the breach that triggered the free choice.</summary>
    public static bool IsItsBreach(CourseState state, Alert alert)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(alert);
        return state.FreeChoiceTriggeredAt is not null && alert.Level == 1 && alert.Kind == KindOf(state);
    }

    /// <summary>The acknowledgement that records the citizen informed, or null.</summary>
    public static Acknowledgement? Informed(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Alerts.FirstOrDefault(a => IsItsBreach(state, a))?.Acknowledged is { Comment: InformedComment } informed ? informed : null;
    }
}
