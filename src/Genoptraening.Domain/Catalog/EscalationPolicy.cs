namespace Genoptraening.Domain.Catalog;

/// <summary>How a standard escalates its deadlines (RULES.md § 6); the default unless the standard says otherwise.</summary>
/// <param name="Warning">Warn at 00:00 on the last working day before the due date.</param>
/// <param name="Level2AfterWorkingDays">
/// Escalate a still-breached deadline to the leader of training at 00:00 on the day after this many
/// working days after the due date; null for no level 2.
/// </param>
public sealed record EscalationPolicy(bool Warning = true, int? Level2AfterWorkingDays = 2)
{
    public static EscalationPolicy Default { get; } = new();
}
