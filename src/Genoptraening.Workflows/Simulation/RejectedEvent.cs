namespace Genoptraening.Workflows.Simulation;

/// <summary>An event of the scenario the course refused: its 0-based index, type and the reason.</summary>
public sealed record RejectedEvent(int Index, string Type, string Reason);
