using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Orchestration;

/// <summary>A step that keeps failing marks the course faulted and alerts the operators; no deadline is lost.</summary>
public class FaultedCourseTests
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");

    [Fact]
    public async Task StepFailingThreeTimes_IsFaultedAndAlerted_ThenAnOperatorsRetryLosesNoDeadline()
    {
        var scenario = Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-06-01T00:00:00+02:00");
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("rebild/sul140", scenario.Referral, "faulty");
        var warningAt = At("2026-05-11T00:00:00+02:00");

        await FailEveryAttemptAsync(courses, warningAt);

        var faulted = (await courses.Orchestrations.GetAsync(courseId))!;
        Assert.True(faulted.Status!.Faulted);
        Assert.True(faulted.IsRunning);
        var alert = Assert.Single(courses.Alerts.Sent, a => a.Queue == FaultAlerts.Queue);
        Assert.Equal($"{courseId:N}-fault-000002", alert.Id);
        Assert.DoesNotContain(courses.Alerts.Sent, a => a.Queue != FaultAlerts.Queue);

        await courses.Orchestrations.RetryAsync(courseId);
        await courses.IdleAsync();
        Assert.False((await courses.Orchestrations.GetAsync(courseId))!.Status!.Faulted);
        await courses.AdvanceToAsync(scenario.Until);

        var expected = DeciderRun.Run(scenario).State;
        Assert.Equal(Summary(expected), Summary(await courses.StateAsync(courseId)));
        var escalations = courses.Alerts.Sent.Where(a => a.Queue != FaultAlerts.Queue).ToList();
        Assert.Equal(expected.Alerts.Count + (expected.FreeChoiceTriggeredAt is null ? 0 : 1), escalations.Count);
        Assert.Equal(escalations.Count, escalations.Select(a => a.Id).Distinct().Count());
    }

    /// <summary>The step due at <paramref name="due"/> fails its first try and both retries, 10 s and 20 s apart.</summary>
    private static async Task FailEveryAttemptAsync(DurableCourses courses, Instant due, Func<Exception>? error = null)
    {
        courses.Events.FailAppends(StepRetryPolicy.MaxAttempts, error);
        await courses.AdvanceToAsync(due);
        await courses.AdvanceToAsync(due + Duration.FromSeconds(10));
        await courses.AdvanceToAsync(due + Duration.FromSeconds(30));
    }

    [Fact]
    public async Task FaultedCourse_WithoutAnOperator_TriesAgainADayLater()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(Received, D("2026-05-08")), "unattended");
        var warningAt = At("2026-05-11T00:00:00+02:00");
        await FailEveryAttemptAsync(courses, warningAt, () => new InvalidOperationException("A fault of the step's own (a test's)."));
        Assert.True((await courses.Orchestrations.GetAsync(courseId))!.Status!.Faulted);

        await courses.AdvanceToAsync(warningAt + Duration.FromSeconds(30) + Duration.FromTimeSpan(StepRetryPolicy.OutageRetryInterval));
        Assert.True((await courses.Orchestrations.GetAsync(courseId))!.Status!.Faulted);
        await courses.AdvanceToAsync(warningAt + Duration.FromSeconds(30) + Duration.FromDays(1));

        var status = (await courses.Orchestrations.GetAsync(courseId))!.Status!;
        Assert.False(status.Faulted);
        Assert.Contains((await courses.StateAsync(courseId)).Warnings, w => w.At == warningAt);
    }

    /// <summary>A storage account that does not answer comes back by itself: the faulted course tries again after 5 minutes, not a day.</summary>
    [Fact]
    public async Task FaultedByAStorageOutage_TriesAgainFiveMinutesLater()
    {
        await using var courses = await DurableCourses.StartAsync(Received);
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(Received, D("2026-05-08")), "outage");
        var warningAt = At("2026-05-11T00:00:00+02:00");
        await FailEveryAttemptAsync(courses, warningAt);
        Assert.True((await courses.Orchestrations.GetAsync(courseId))!.Status!.Faulted);

        await courses.AdvanceToAsync(warningAt + Duration.FromSeconds(30) + Duration.FromMinutes(5));

        Assert.False((await courses.Orchestrations.GetAsync(courseId))!.Status!.Faulted);
        Assert.Contains((await courses.StateAsync(courseId)).Warnings, w => w.At == warningAt);
    }
}
