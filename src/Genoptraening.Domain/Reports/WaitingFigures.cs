namespace Genoptraening.Domain.Reports;

/// <summary>Median and 90th percentile (nearest rank) of a waiting time, over <see cref="Count"/> courses.</summary>
public sealed record WaitingFigures(int Count, int? Median, int? Percentile90);
