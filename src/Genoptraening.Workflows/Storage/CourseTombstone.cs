namespace Genoptraening.Workflows.Storage;

/// <summary>What is left of a purged course: its id stays claimed, and the municipality its read-model row was in.</summary>
public sealed record CourseTombstone(Guid CourseId, string? Municipality);
