namespace Genoptraening.Domain.Vocabulary;

/// <summary>Where a deadline stands; every status but <see cref="Pending"/> is final except <see cref="Breached"/>, which may become <see cref="MetLate"/>.</summary>
public enum DeadlineStatus
{
    Pending,
    Met,
    Breached,
    MetLate,
    Waived,
    Cancelled,
}
