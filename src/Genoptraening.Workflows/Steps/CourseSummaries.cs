using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Steps;

/// <summary>A started course's read-model row.</summary>
internal static class CourseSummaries
{
    public static CourseSummary Of(Guid courseId, int step, int version, CourseState state, string? referralKey)
    {
        var rules = state.Rules ?? throw new ArgumentException("The course has not started.", nameof(state));
        return new CourseSummary(
            courseId,
            rules.Id.Municipality,
            rules.Id.ToString(),
            rules.Version,
            step,
            version,
            state.Outcome?.ToWireName(),
            state.NextTimer?.Due,
            state.Referral!.ReceivedAt,
            CourseFacts.Of(state),
            referralKey,
            CourseProgress.Of(state),
            CourseAlerts.Of(state),
            state.EndedAt);
    }
}
