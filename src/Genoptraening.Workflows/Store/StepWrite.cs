namespace Genoptraening.Workflows.Store;

/// <summary>Everything one step writes, in one transaction.</summary>
/// <param name="Course">The course row after the step.</param>
/// <param name="ExpectedVersion">The version the step was decided on; 0 for a new course.</param>
/// <param name="Events">The new events, numbered from <paramref name="ExpectedVersion"/> + 1.</param>
/// <param name="NextTimer">The course's next timer, replacing the current one; null deletes it.</param>
/// <param name="Outbox">Messages the step sends.</param>
/// <param name="Personal">The citizen's personal data, written with a new course only.</param>
/// <param name="Facts">The course's report facts after the step (<see cref="Domain.Reports.CourseFacts.Encode"/>).</param>
public sealed record StepWrite(
    CourseRow Course, int ExpectedVersion, IReadOnlyList<StoredEvent> Events, TimerRow? NextTimer, IReadOnlyList<OutboxMessage> Outbox, PersonalData? Personal = null, string? Facts = null);
