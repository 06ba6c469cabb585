using Genoptraening.Domain.Catalog;

namespace Genoptraening.Domain.Courses;

/// <summary>What can be asked of a course.</summary>
public abstract record CourseCommand
{
    private CourseCommand()
    {
    }

    /// <summary>Start the course for a referral under the given standard version.</summary>
    public sealed record StartCourse(StandardVersion Rules, Referral Referral) : CourseCommand;

    /// <summary>Record something that happened (RULES.md § 4).</summary>
    public sealed record Record(Occurrence Occurrence) : CourseCommand;

    /// <summary>Take every timer step due at or before <c>now</c>, each at its own due instant.</summary>
    public sealed record FireDueTimers : CourseCommand;

    /// <summary>A visitator acknowledges a warning (level 0) or escalation with a comment, recorded on the course.</summary>
    public sealed record Acknowledge(Genoptraening.Domain.Vocabulary.DeadlineKind Kind, int Level, string Comment, string By) : CourseCommand;
}
