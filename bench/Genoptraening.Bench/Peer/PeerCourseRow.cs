using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Bench.Peer;

/// <summary>The peer's read-model row of a course: what a list shows, no personal data.</summary>
internal sealed record PeerCourseRow(string Municipality, string CourseId, string Standard, int Version, string? NextDue, string? Outcome, int OpenAlerts)
{
    public static PeerCourseRow Of(Guid courseId, CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var rules = state.Rules!;
        return new PeerCourseRow(
            rules.Id.Municipality, courseId.ToString("D"), rules.Id.ToString(), state.Version,
            state.NextTimer is { } timer ? WireTime.Format(timer.Due) : null, state.Outcome?.ToWireName(), state.OpenAlerts.Count());
    }
}
