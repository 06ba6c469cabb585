namespace Genoptraening.Domain.Vocabulary;

/// <summary>The units a deadline's offset can be given in (RULES.md § 2).</summary>
public enum OffsetUnit
{
    Days,
    Weeks,
    Months,

    /// <summary>Hverdage: the n-th working day strictly after the anchor date.</summary>
    WorkingDays,
}
