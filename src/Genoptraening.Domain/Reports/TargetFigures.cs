using Genoptraening.Domain.Catalog;

namespace Genoptraening.Domain.Reports;

/// <summary>A quality target and what was measured: <see cref="Share"/> of <see cref="Counted"/> courses.</summary>
public sealed record TargetFigures(QualityTarget Target, int Counted, int Reached)
{
    public decimal? Share => Counted == 0 ? null : Math.Round((decimal)Reached / Counted, 4);

    /// <summary>Whether the share reaches the target; null when nothing was counted.</summary>
    public bool? IsMet => Share is { } share ? share >= Target.Share : null;
}
