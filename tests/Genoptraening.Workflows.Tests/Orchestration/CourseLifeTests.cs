using Genoptraening.Workflows.Simulation;
using Genoptraening.Workflows.Tests.Support;
using Xunit;

namespace Genoptraening.Workflows.Tests.Orchestration;

/// <summary>Whole courses through the durable orchestration give what the decider gives, deadline by deadline.</summary>
public class CourseLifeTests
{
    [Theory]
    [MemberData(nameof(CourseScenario.WorkedExamples), MemberType = typeof(CourseScenario))]
    [MemberData(nameof(CourseScenario.LivesOfEveryStandard), MemberType = typeof(CourseScenario))]
    public async Task CourseLife_OnTheDurableOrchestration_EqualsTheDecider(string name, Scenario scenario)
    {
        await using var courses = await DurableCourses.StartAsync(scenario.Referral.ReceivedAt);

        var durable = await DurableRun.RunAsync(courses, scenario, name);

        var expected = DeciderRun.Run(scenario);
        Assert.Equal(CourseScenario.Summary(expected.State), CourseScenario.Summary(durable.State));
        Assert.Equal(expected.Refused, durable.Refused.Select(r => r.Index));
    }
}
