using Genoptraening.Workflows.Simulation;
using Genoptraening.Workflows.Tests.Support;
using Xunit;

namespace Genoptraening.Workflows.Tests.Simulation;

/// <summary>
/// <c>simulate</c> runs the step code without a backend; the durable orchestration on the
/// time-skipping backend must give the same course, refusal for refusal.
/// </summary>
public class SimulateEquivalenceTests
{
    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 10)];

    [Theory]
    [MemberData(nameof(CourseScenario.WorkedExamples), MemberType = typeof(CourseScenario))]
    [MemberData(nameof(CourseScenario.LivesOfEveryStandard), MemberType = typeof(CourseScenario))]
    public async Task KnownCourse_Simulated_EqualsTheDurableOrchestration(string name, Scenario scenario) =>
        await AssertEquivalentAsync(scenario, name);

    /// <summary>10 batches of 25 random courses: 250 in all.</summary>
    [Theory]
    [MemberData(nameof(Batches))]
    public async Task RandomCourses_Simulated_EqualTheDurableOrchestration(int batch)
    {
        var i = 0;
        foreach (var scenario in RandomScenarios.Generate(seed: 1000 + batch, count: 25))
        {
            await AssertEquivalentAsync(scenario, $"batch {batch} course {i++}");
        }
    }

    private static async Task AssertEquivalentAsync(Scenario scenario, string name)
    {
        var simulated = await new Simulator(TestCatalog.Instance).RunAsync(scenario);
        await using var courses = await DurableCourses.StartAsync(scenario.Referral.ReceivedAt);
        var durable = await DurableRun.RunAsync(courses, scenario, name);

        Assert.Equal(CourseScenario.Summary(simulated.State), CourseScenario.Summary(durable.State));
        Assert.Equal(simulated.Rejected.Select(r => (r.Index, r.Reason)), durable.Refused.Select(r => (r.Index, r.Reason)));
    }
}
