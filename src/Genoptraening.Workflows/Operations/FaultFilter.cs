namespace Genoptraening.Workflows.Operations;

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
