namespace Genoptraening.Workflows.Storage;

/// <summary>A page of courses and the token for the next page (null on the last).</summary>
public sealed record CoursePage(IReadOnlyList<CourseSummary> Items, string? ContinuationToken);
