namespace Genoptraening.Workflows.Storage;

/// <summary>A course's partition as one step reads it: its events and the last step applied.</summary>
/// <param name="LastStep">The highest step number written; 0 before the first step.</param>
/// <param name="Events">Every event, in version order.</param>
/// <param name="ReferralKey">The referral's key the intake claimed the course with (<c>plan:{sender}/{planId}</c>, <c>application:...</c>).</param>
public sealed record CourseHistory(int LastStep, IReadOnlyList<StoredCourseEvent> Events, string? ReferralKey = null)
{
    public int Version => Events.Count == 0 ? 0 : Events[^1].Version;
}
