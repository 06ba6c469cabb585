using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Simulation;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>A scenario through the durable orchestration: the clock moved to each request, the request sent, the clock run to the end.</summary>
internal static class DurableRun
{
    public static async Task<(Guid CourseId, CourseState State, IReadOnlyList<(int Index, string Reason)> Refused)> RunAsync(DurableCourses courses, Scenario scenario, string referralKey)
    {
        var courseId = await courses.StartCourseAsync(scenario.Standard.ToString(), scenario.Referral, referralKey);
        var refused = new List<(int Index, string Reason)>();
        for (var i = 0; i < scenario.Events.Count; i++)
        {
            await courses.AdvanceToAsync(scenario.Events[i].At);
            if (await courses.RecordAsync(courseId, scenario.Events[i]) is { Accepted: false, Reason: var reason })
            {
                refused.Add((i, reason!));
            }
        }

        await courses.AdvanceToAsync(scenario.Until);
        return (courseId, await courses.StateAsync(courseId), refused);
    }
}
