using Genoptraening.Workflows.Simulation;
using Genoptraening.Workflows.Tests.Storage;
using Genoptraening.Workflows.Tests.Support;
using Xunit;

namespace Genoptraening.Workflows.Tests.Hosting;

/// <summary>
/// The course orchestration on Durable Functions' default provider, Azure Storage, with the stores
/// on Azure Tables and queues: all on Azurite, time skipped.
/// </summary>
public class AzureStorageCourseTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    public static IEnumerable<object[]> Courses() =>
        CourseScenario.WorkedExamples().Concat(CourseScenario.LivesOfEveryStandard())
            .Where(row => (string)row[0] is "contract example" or "rebild/sel86-1 on time");

    [Theory]
    [MemberData(nameof(Courses))]
    public async Task CourseLife_OnAzureStorageOverAzurite_EqualsTheDecider(string name, Scenario scenario)
    {
        var hub = $"hub{Math.Abs(name.GetHashCode(StringComparison.Ordinal)) % 100000}";
        await using var courses = await DurableCourses.StartOnAzuriteAsync(scenario.Referral.ReceivedAt, azurite.ConnectionString, hub);

        var durable = await DurableRun.RunAsync(courses, scenario, name);

        var expected = DeciderRun.Run(scenario);
        Assert.Equal(CourseScenario.Summary(expected.State), CourseScenario.Summary(durable.State));
        Assert.Equal(expected.Refused, durable.Refused.Select(r => r.Index));
    }

    [Fact]
    public async Task SamePlanTwentyTimesAtOnce_StartsOneCourse()
    {
        var received = CourseScenario.At("2026-05-08T10:00:00+02:00");
        await using var courses = await DurableCourses.StartOnAzuriteAsync(received, azurite.ConnectionString, "hubtwenty");
        var plan = new Workflows.Requests.StartCourseRequest(
            Tests.Support.TestCatalog.Id("rebild/sul140"), Domain.Courses.Referral.Plan(received, CourseScenario.D("2026-05-08")), "5790000000001/GGOP-1");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => courses.Intake.StartAsync(plan))));

        Assert.Single(outcomes, o => o.Created);
        Assert.Single(outcomes.Select(o => o.CourseId).Distinct());
        var courseId = outcomes[0].CourseId!.Value;
        await courses.AnswerAsync(courseId, Workflows.Serialization.RaisedRequest.Start);
        await courses.IdleAsync();
        var history = courses.Histories.Of(courseId.ToString("D"));
        Assert.Single(history.OfType<DurableTask.Core.History.ExecutionStartedEvent>());
        Assert.Single(history.OfType<DurableTask.Core.History.TaskScheduledEvent>());
    }

    /// <summary>
    /// Azure Storage discards a message that reaches an instance after it completed (a timer released
    /// as the course ended, a request raised just then); the development clock's wait for idle must
    /// not count it, or every later move of the clock would hang.
    /// </summary>
    [Fact]
    public async Task MessagesToAnEndedCourse_AreDiscarded_AndTheClockStillFindsTheHubIdle()
    {
        var received = CourseScenario.At("2026-05-08T10:00:00+02:00");
        await using var courses = await DurableCourses.StartOnAzuriteAsync(received, azurite.ConnectionString, "hubended");
        var courseId = await courses.StartCourseAsync("rebild/sel86-1", Domain.Courses.Referral.Application(received), "application:rebild/ENDED-1");
        await courses.RecordAsync(courseId, new Domain.Courses.Occurrence.CourseCancelled(received, "test"));
        await courses.IdleAsync();

        await courses.Orchestrations.RaiseAsync(courseId, new Workflows.Serialization.RaisedRequest("late", "CitizenContacted", received));
        await courses.Orchestrations.RaiseAsync(courseId, new Workflows.Serialization.RaisedRequest("later", "CitizenContacted", received));
        await courses.AdvanceToAsync(CourseScenario.At("2026-06-01T00:00:00+02:00"));

        Assert.Equal(Genoptraening.Domain.Vocabulary.CourseOutcome.Cancelled, (await courses.StateAsync(courseId)).Outcome);
    }

    [Fact]
    public async Task DevelopmentHostRestarted_KeepsItsVirtualNowAndHeldTimers_AndNoDeadlineIsLost()
    {
        var scenario = CourseScenario.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-06-01T00:00:00+02:00");
        var received = scenario.Referral.ReceivedAt;
        await using var courses = await DurableCourses.StartOnAzuriteAsync(received, azurite.ConnectionString, "hubrestart");
        var courseId = await courses.StartCourseAsync("rebild/sul140", scenario.Referral, "sender/restart");
        var beforeRestart = CourseScenario.At("2026-05-11T12:00:00+02:00");
        await courses.AdvanceToAsync(beforeRestart);

        await courses.RestartOnAzuriteAsync(received, azurite.ConnectionString, "hubrestart");
        Assert.Equal(beforeRestart, courses.Clock.GetCurrentInstant());
        Assert.True(courses.Backend.HeldTimerCount > 0);
        await courses.AdvanceToAsync(scenario.Until);

        Assert.Equal(CourseScenario.Summary(DeciderRun.Run(scenario).State), CourseScenario.Summary(await courses.StateAsync(courseId)));
    }
}
