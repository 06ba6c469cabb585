using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using DurableTask.Core;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Tests.Durable.Support;
using Genoptraening.Workflows.Tests.Storage;
using Genoptraening.Workflows.TimeSkipping;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Durable.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Durable;

/// <summary>Faults of a step and of a work item on the Azure Storage provider over Azurite: the course is never stuck.</summary>
public class AzureStorageFaultTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");
    private static readonly Instant WarningAt = At("2026-05-11T00:00:00+02:00");

    [Fact]
    public async Task StepFailingEveryAttempt_IsFaultedAndAlertedOnTheQueue_ThenResumesAfterAnOperatorsRetry()
    {
        await using var courses = await DurableCourses.StartOnAzuriteAsync(Received, azurite.ConnectionString, "hubfaulted");
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(Received, D("2026-05-08")), "plan:faulted/1");
        courses.Events.FailAppends(StepRetryPolicy.MaxAttempts);
        foreach (var at in new[] { WarningAt, WarningAt + Duration.FromSeconds(10), WarningAt + Duration.FromSeconds(30) })
        {
            await courses.AdvanceToAsync(at);
        }

        Assert.True((await courses.Orchestrations.GetAsync(courseId))!.Status!.Faulted);
        var alert = Assert.Single(await FaultAlertsOfAsync(courseId));
        Assert.Equal(2, alert.GetProperty("step").GetInt32());
        Assert.Equal(nameof(IOException), alert.GetProperty("error").GetString());

        await courses.Orchestrations.RetryAsync(courseId);
        await courses.IdleAsync();

        Assert.False((await courses.Orchestrations.GetAsync(courseId))!.Status!.Faulted);
        Assert.Contains((await courses.StateAsync(courseId)).Warnings, w => w.At == WarningAt);
    }

    /// <summary>
    /// The work item of the episode that takes the warning's answer fails to complete (its held timer
    /// cannot be stored), so Durable Task's dispatcher abandons it; the Azure Storage provider gives its
    /// messages back and the episode runs again. No watchdog of ours: the wiring's own recovery. (The
    /// provider holds the instance's next messages back a while after an abandon: measured 10-20 s a step.)
    /// </summary>
    [Fact]
    public async Task WorkItemAbandoned_IsTakenAgain_AndTheCourseGoesOn()
    {
        FailingHeldTimers? failing = null;
        await using var courses = await DurableCourses.StartOnAzuriteAsync(
            Received, azurite.ConnectionString, "hubabandoned", inner => failing = new FailingHeldTimers(inner));
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(Received, D("2026-05-08")), "plan:abandoned/1");

        failing!.FailNextSaves(1);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await courses.Backend.AdvanceToAsync(At("2026-05-21T00:00:00+02:00"));
        await courses.Backend.WaitForIdleAsync().WaitAsync(TimeSpan.FromMinutes(3));
        output.WriteLine($"the course's steps to 2026-05-21 took {watch.Elapsed.TotalSeconds:F1} s, one of its work items abandoned");

        Assert.Equal(0, failing.FailuresLeft);
        var state = await courses.StateAsync(courseId);
        Assert.Contains(state.Warnings, w => w.At == WarningAt);
        Assert.Equal(DeciderRun.Run(Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-05-21T00:00:00+02:00")).State.Alerts.Count, state.Alerts.Count);
    }

    private async Task<List<JsonElement>> FaultAlertsOfAsync(Guid courseId)
    {
        var queue = new QueueClient(azurite.ConnectionString, FaultAlerts.Queue);
        var messages = (await queue.PeekMessagesAsync(32)).Value;
        return [.. messages.Select(m => JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))).RootElement.Clone())
            .Where(m => m.GetProperty("courseId").GetString() == courseId.ToString("D"))];
    }

    /// <summary>The development clock's table of held timers, failing the next saves as a storage account that does not answer.</summary>
    private sealed class FailingHeldTimers(IHeldTimerStore inner) : IHeldTimerStore
    {
        private int failuresLeft;

        public int FailuresLeft => Math.Max(0, Volatile.Read(ref failuresLeft));

        public void FailNextSaves(int count) => Interlocked.Exchange(ref failuresLeft, count);

        public Task SaveAsync(IReadOnlyList<TaskMessage> timers) =>
            timers.Count > 0 && Interlocked.Decrement(ref failuresLeft) >= 0
                ? throw new IOException("The held timers' table did not answer (a test's fault).")
                : inner.SaveAsync(timers);

        public Task DeleteAsync(IReadOnlyList<TaskMessage> timers) => inner.DeleteAsync(timers);

        public Task<IReadOnlyList<TaskMessage>> LoadAllAsync() => inner.LoadAllAsync();

        public Task SaveNowAsync(Instant now) => inner.SaveNowAsync(now);

        public Task<Instant?> LoadNowAsync() => inner.LoadNowAsync();
    }
}
