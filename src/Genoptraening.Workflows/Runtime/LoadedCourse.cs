using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Store;

namespace Genoptraening.Workflows.Runtime;

/// <summary>A course read back: its row, its history and the state the history folds to.</summary>
public sealed record LoadedCourse(CourseRow Row, IReadOnlyList<CourseEvent> History, CourseState State);
