namespace Genoptraening.Workflows.Store;

/// <summary><paramref name="Count"/> courses of one standard version with the same report facts (null: not yet computed).</summary>
public sealed record FactsCountRow(string Standard, int StandardVersion, string? Facts, int Count);
