using Genoptraening.Domain.Courses;

namespace Genoptraening.Workflows.Alerts;

/// <summary>The alerts a step's events raise: warnings, breaches, level-2 escalations, free choice.</summary>
internal static class StepAlerts
{
    /// <summary>
    /// The alerts of <paramref name="stepEvents"/>, applied on <paramref name="before"/> from version
    /// <paramref name="firstVersion"/>: the course id and the event's version make each id stable.
    /// </summary>
    public static IReadOnlyList<AlertMessage> Of(Guid courseId, CourseState before, IEnumerable<CourseEvent> stepEvents, int firstVersion)
    {
        var alerts = new List<AlertMessage>();
        var state = before;
        var version = firstVersion;
        foreach (var e in stepEvents)
        {
            state = CourseDecider.Evolve(state, e);
            if (EscalationMessage.For(courseId, state, e, version) is { } message)
            {
                alerts.Add(message);
            }

            version++;
        }

        return alerts;
    }
}
