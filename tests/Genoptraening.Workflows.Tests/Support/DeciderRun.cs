using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Simulation;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>A scenario through the pure decider alone: each request decided at its own instant, then the timers up to the end.</summary>
internal static class DeciderRun
{
    public static (CourseState State, IReadOnlyList<int> Refused) Run(Scenario scenario)
    {
        var rules = TestCatalog.Instance.VersionFor(scenario.Standard, scenario.Referral.ReceivedDate)!;
        var state = Apply(CourseState.Initial, new CourseCommand.StartCourse(rules, scenario.Referral), scenario.Referral.ReceivedAt, out _);
        var refused = new List<int>();
        for (var i = 0; i < scenario.Events.Count; i++)
        {
            state = Apply(state, new CourseCommand.Record(scenario.Events[i]), scenario.Events[i].At, out var accepted);
            if (!accepted)
            {
                refused.Add(i);
            }
        }

        return (Apply(state, new CourseCommand.FireDueTimers(), scenario.Until, out _), refused);
    }

    private static CourseState Apply(CourseState state, CourseCommand command, NodaTime.Instant now, out bool accepted)
    {
        var decision = CourseDecider.Decide(state, command, now);
        accepted = decision is Decision.Accepted;
        return decision is Decision.Accepted { Events: var events } ? events.Aggregate(state, CourseDecider.Evolve) : state;
    }
}
