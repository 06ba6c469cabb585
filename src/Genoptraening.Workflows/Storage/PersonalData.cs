namespace Genoptraening.Workflows.Storage;

/// <summary>
/// What identifies the citizen, kept apart from the course's history so a purge can remove it and
/// nothing else ever carries it (not the events, not a log, not a queue message).
/// </summary>
/// <param name="Cpr">The CPR number (10 digits).</param>
/// <param name="PlanText">The plan's free text, which may name the citizen.</param>
public sealed record PersonalData(string Cpr, string? PlanText);
