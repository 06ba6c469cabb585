using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Steps;

/// <summary>
/// The decider asked against a course as it stands, before a request is sent: an ended course
/// refuses everything (its orchestration listens no more), and a request that does not fit is
/// refused without a step. The step decides again what passes.
/// </summary>
public static class RefusalAtOnce
{
    public static RequestAnswer? Of(CourseHistory history, ServiceCatalog catalog, CourseCommand command, Instant decideAt)
    {
        ArgumentNullException.ThrowIfNull(history);
        var state = ReplayedCourse.Of(history, catalog).State;
        return CourseDecider.Decide(state, command, decideAt) is Decision.Rejected refused
            ? new RequestAnswer(string.Empty, history.LastStep, false, refused.Kind.ToString(), refused.Reason, refused.Field)
            : null;
    }
}
