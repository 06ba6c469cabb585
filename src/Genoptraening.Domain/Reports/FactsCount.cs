using Genoptraening.Domain.Catalog;

namespace Genoptraening.Domain.Reports;

/// <summary><paramref name="Count"/> courses of one standard version whose facts are equal.</summary>
public sealed record FactsCount(StandardId Standard, int StandardVersion, CourseFacts Facts, int Count);
