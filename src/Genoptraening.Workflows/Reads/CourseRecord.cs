using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Reads;

/// <summary>A started course as its events say: what the API's reads and the dashboard show.</summary>
/// <param name="Id">The course.</param>
/// <param name="ReferralKey">The referral's key (<c>plan:{sender}/{planId}</c>): whose plan it is.</param>
/// <param name="Stored">The stored events as written (type, data, version).</param>
/// <param name="Events">The same events read back.</param>
/// <param name="State">The state they fold to.</param>
/// <param name="LastStep">The last step written; 0 while the course is still starting (read as its start step will write it).</param>
public sealed record CourseRecord(
    Guid Id, string? ReferralKey, IReadOnlyList<StoredCourseEvent> Stored, IReadOnlyList<CourseEvent> Events, CourseState State, int LastStep)
{
    public string Municipality => State.Rules!.Id.Municipality;

    public int StandardVersion => State.Rules!.Version;

    public int Version => Stored.Count == 0 ? 0 : Stored[^1].Version;
}
