namespace Genoptraening.Domain.Calendar;

/// <summary>
/// Which closing days (lukkedage) a municipality treats as non-working days. All three are on
/// by default (RULES.md § 3); the catalog may turn any of them off.
/// </summary>
public sealed record ClosingDays(bool Grundlovsdag = true, bool Juleaftensdag = true, bool Nytaarsaftensdag = true)
{
    public static ClosingDays Default { get; } = new();

    public static ClosingDays None { get; } = new(false, false, false);
}
