namespace Genoptraening.Workflows.Orchestration;

/// <summary>A step that failed every attempt of the retry policy, for the operators' alert.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Step">The step that keeps failing.</param>
/// <param name="Error">The last error's type name.</param>
public sealed record CourseFault(string CourseId, int Step, string Error);
