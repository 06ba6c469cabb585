using NodaTime;

namespace Genoptraening.Workflows.Operations;

/// <summary>A course whose step failed every attempt and waits for an operator's retry (or its own, later).</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Municipality">Its municipality; null while its first step has never been taken.</param>
/// <param name="Standard">Its standard, e.g. <c>rebild/sul140</c>; null like the municipality.</param>
/// <param name="Step">The step that keeps failing.</param>
/// <param name="Error">The last error's type name; <c>unknown</c> for a course faulted before the status named it.</param>
/// <param name="Since">When the course was marked faulted, by the courses' clock (for a course faulted before the status said
/// so: when the task hub last saved it).</param>
/// <param name="Attempts">How many times the step has been tried, counting every round (3, then 6 after a retry that failed again).</param>
/// <param name="RetriesAt">When the step is tried again without an operator; null for a course faulted before the status said so.</param>
/// <param name="RetryingNow">Its own retry is due (it is trying again by itself): an operator's retry would only come after it.</param>
public sealed record FaultedCourse(
    Guid CourseId, string? Municipality, string? Standard, int Step, string Error, Instant Since, int Attempts, Instant? RetriesAt, bool RetryingNow);
