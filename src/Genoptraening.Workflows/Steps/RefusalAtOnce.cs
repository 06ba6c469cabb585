using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Steps;

/// <summary>
/// A request to a course that has ended is refused at once, with the decider's reason: its
/// orchestration has completed and listens no more. Any other request goes to the course's step,
/// even one the course would refuse as it stands: requests sent before it and not yet taken may
/// change the course (a <c>TrainingStarted</c> still pending makes a <c>MidwayEvaluationHeld</c> fit).
/// </summary>
public static class RefusalAtOnce
{
    public static RequestAnswer? Of(CourseHistory history, ServiceCatalog catalog, CourseCommand command, Instant decideAt)
    {
        ArgumentNullException.ThrowIfNull(history);
        var state = ReplayedCourse.Of(history, catalog).State;
        return state.IsEnded && CourseDecider.Decide(state, command, decideAt) is Decision.Rejected refused
            ? new RequestAnswer(string.Empty, history.LastStep, false, refused.Kind.ToString(), refused.Reason, refused.Field)
            : null;
    }
}
