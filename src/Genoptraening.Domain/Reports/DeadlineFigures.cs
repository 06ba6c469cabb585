using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Reports;

/// <summary>How one kind of deadline went: decided deadlines are those met, met late or breached.</summary>
public sealed record DeadlineFigures(DeadlineKind Kind, int Decided, int MetOnTime, int MetLate, int Breached, int Waived, int Pending)
{
    /// <summary>Met on time among the decided; null when none was decided.</summary>
    public decimal? ShareOnTime => Decided == 0 ? null : Math.Round((decimal)MetOnTime / Decided, 4);
}
