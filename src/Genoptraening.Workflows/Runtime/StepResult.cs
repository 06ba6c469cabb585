using Genoptraening.Domain.Courses;

namespace Genoptraening.Workflows.Runtime;

/// <summary>What a step did to a course.</summary>
public abstract record StepResult
{
    private StepResult()
    {
    }

    /// <summary>
    /// The course after the step; <paramref name="Created"/> is false when an earlier identical referral started it.
    /// <paramref name="Course"/> is the course as written (row, history, state), so a caller need not load it again.
    /// </summary>
    public sealed record Accepted(Guid CourseId, CourseState State, bool Created = false, LoadedCourse? Course = null) : StepResult;

    /// <summary>Refused; <paramref name="Field"/> names the offending input field when there is one.</summary>
    public sealed record Rejected(Guid? CourseId, RejectionKind Kind, string Reason, string? Field = null) : StepResult;

    public sealed record NotFound(Guid CourseId) : StepResult;
}
