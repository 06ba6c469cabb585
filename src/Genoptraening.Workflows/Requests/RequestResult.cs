using Genoptraening.Workflows.Reads;

namespace Genoptraening.Workflows.Requests;

/// <summary>What became of a request to a course, as a caller is told.</summary>
public abstract record RequestResult
{
    private RequestResult()
    {
    }

    /// <summary>Taken: the course as it stands after the step.</summary>
    public sealed record Accepted(CourseRecord Course) : RequestResult;

    /// <summary>
    /// Refused by the course's rules (<paramref name="Kind"/> <c>NotAllowed</c>, ...) or, with
    /// <paramref name="Field"/>, because an input field is wrong (<c>InvalidInput</c>).
    /// </summary>
    public sealed record Refused(string Kind, string Reason, string? Field) : RequestResult
    {
        public bool IsInvalidInput => Kind == nameof(Domain.Courses.RejectionKind.InvalidInput);
    }

    /// <summary>Stored and raised, not answered within the bound: the step will still answer it.</summary>
    public sealed record Pending(string RequestId) : RequestResult;

    /// <summary>No such course, or none the caller may act on.</summary>
    public sealed record NotFound : RequestResult;
}
