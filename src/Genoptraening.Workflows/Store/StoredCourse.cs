namespace Genoptraening.Workflows.Store;

/// <summary>A course as loaded: its row and its whole history.</summary>
public sealed record StoredCourse(CourseRow Row, IReadOnlyList<StoredEvent> Events);
