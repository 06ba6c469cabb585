using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Catalog;

/// <summary>A quality target of a standard, e.g. "90 % contacted within 7 working days" (kvalitetsmål).</summary>
/// <param name="Metric">What is counted.</param>
/// <param name="Deadline">For <see cref="QualityMetric.DeadlineMetOnTime"/>: which deadline.</param>
/// <param name="Share">The share of courses that must reach it, in (0, 1].</param>
/// <param name="Text">The target in the standard's own words.</param>
public sealed record QualityTarget(QualityMetric Metric, DeadlineKind? Deadline, decimal Share, string Text);
