using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Reads;

namespace Genoptraening.Workflows.Requests;

/// <summary>What became of a command sent to a course, with the course as it now stands, as a caller is told.</summary>
public abstract record CourseAnswer
{
    private CourseAnswer()
    {
    }

    /// <summary>Taken: the course after the step.</summary>
    public sealed record Accepted(CourseRecord Course) : CourseAnswer;

    /// <summary>
    /// Refused by the course's rules, or because an input field is wrong (<see cref="IsInvalidInput"/>, with
    /// <see cref="Field"/> naming it); the texts are looked up by the refusal's code. The course is unchanged.
    /// </summary>
    public sealed record Refused(Decision.Rejected Rejection, CourseRecord Course) : CourseAnswer
    {
        public bool IsInvalidInput => Rejection.Kind == RejectionKind.InvalidInput;

        /// <summary>The English text, as the API gives it.</summary>
        public string Reason => Rejection.Reason;

        public string? Field => Rejection.Field;
    }

    /// <summary>Stored and raised, not answered within the bound: the step will still answer it.</summary>
    public sealed record Pending(string RequestId) : CourseAnswer;

    /// <summary>No such course, or none the caller may act on.</summary>
    public sealed record NotFound : CourseAnswer;
}
