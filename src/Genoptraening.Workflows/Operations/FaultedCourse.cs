using NodaTime;

namespace Genoptraening.Workflows.Operations;

/// <summary>A course whose step failed every attempt and waits for an operator's retry (or its own, later).</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Municipality">Its municipality; null while its first step has never been taken.</param>
/// <param name="Standard">Its standard, e.g. <c>rebild/sul140</c>; null like the municipality.</param>
/// <param name="Step">The step that keeps failing.</param>
/// <param name="Error">The last error's type name.</param>
/// <param name="Since">When the course was marked faulted (by the host's clock).</param>
/// <param name="Attempts">How many times the step has been tried.</param>
/// <param name="RetriesAt">When the step is tried again without an operator.</param>
public sealed record FaultedCourse(Guid CourseId, string? Municipality, string? Standard, int Step, string Error, Instant Since, int Attempts, Instant RetriesAt);

/// <summary>Which faulted courses an operator means: by error type and municipality, each optional.</summary>
public sealed record FaultFilter(string? Error = null, string? Municipality = null)
{
    public bool Matches(FaultedCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return (Error is null || string.Equals(Error, course.Error, StringComparison.Ordinal))
            && (Municipality is null || string.Equals(Municipality, course.Municipality, StringComparison.Ordinal));
    }
}

/// <summary>What one retry did, as far as the course had got when the answer was given.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Result"><c>recovered</c> (the step succeeded), <c>faultedAgain</c> (it failed every attempt again), or <c>retrying</c> (still trying).</param>
/// <param name="Step">The course's last step taken when answered.</param>
/// <param name="Error">The error when faulted again.</param>
public sealed record RetryResult(Guid CourseId, string Result, int Step, string? Error)
{
    public const string Recovered = "recovered";
    public const string FaultedAgain = "faultedAgain";
    public const string Retrying = "retrying";
}
