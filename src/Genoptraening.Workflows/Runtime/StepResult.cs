using Genoptraening.Domain.Courses;

namespace Genoptraening.Workflows.Runtime;

/// <summary>What a step did to a course.</summary>
public abstract record StepResult
{
    private StepResult()
    {
    }

    /// <summary>
    /// The course after the step, as written (row, history, state), so a caller need not load it again;
    /// <paramref name="Created"/> is false when an earlier identical referral started it.
    /// </summary>
    public sealed record Accepted(LoadedCourse Course, bool Created = false) : StepResult
    {
        public Guid CourseId => Course.Row.Id;

        public CourseState State => Course.State;
    }

    /// <summary>Refused; <paramref name="Field"/> names the offending input field when there is one.</summary>
    public sealed record Rejected(Guid? CourseId, RejectionKind Kind, string Reason, string? Field = null) : StepResult;

    public sealed record NotFound(Guid CourseId) : StepResult;
}
