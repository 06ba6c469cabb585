using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>
/// A durable timer: a course's next step due at an instant. A course has at most one row, its
/// earliest timer; the step that fires it takes every step due by then and writes the next row.
/// </summary>
public sealed record TimerRow(Guid CourseId, string TimerId, Instant DueAt);
