using System.Collections.Immutable;

namespace Genoptraening.Domain.Courses;

/// <summary>The decider's answer: the events to append, or a rejection that changes nothing.</summary>
public abstract record Decision
{
    private Decision()
    {
    }

    public sealed record Accepted(ImmutableArray<CourseEvent> Events) : Decision;

    /// <summary>
    /// The course refuses; <paramref name="Reason"/> is written for the person who asked, and
    /// <paramref name="Field"/> names the offending input field when there is one (e.g. <c>at</c>).
    /// </summary>
    public sealed record Rejected(RejectionKind Kind, string Reason, string? Field = null) : Decision;
}
