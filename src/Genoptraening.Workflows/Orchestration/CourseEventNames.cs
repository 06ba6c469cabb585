namespace Genoptraening.Workflows.Orchestration;

/// <summary>The names of the external events a course orchestration waits for.</summary>
public static class CourseEventNames
{
    /// <summary>A request to the course, raised as the raw string <c>{ requestId, type, at }</c>.</summary>
    public const string Request = "request";

    /// <summary>An operator asks a faulted course to try its failed step again.</summary>
    public const string Retry = "retry";
}
