using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using DurableTask.Core;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Tests.Storage;
using Genoptraening.Workflows.Tests.Support;
using Genoptraening.Workflows.TimeSkipping;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Hosting;

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

    /// <summary>
    /// The episode that sets the course's next timer is saved, and then the provider's last step,
    /// deleting that episode's messages from the control queue, fails: the storage account stopped
    /// answering at that moment. The episode runs again on the same messages but creates nothing new,
    /// so the development clock must not have let go of the timer when the completion failed.
    /// </summary>
    [Fact]
    public async Task EpisodeSavedButItsMessagesNotDeleted_TheTimerItSetStillFires()
    {
        const string hub = "hubcheckpoint";
        var deletes = new FailingControlQueueDeletes();
        await using var courses = await DurableCourses.StartOnAzuriteAsync(Received, azurite.ConnectionString, hub, taskHubQueueFaults: deletes);
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(Received, D("2026-05-08")), "plan:checkpoint/1");
        await courses.IdleAsync();

        deletes.Failing = true;
        await courses.Backend.AdvanceToAsync(WarningAt);
        await Until(async () => await TimersCreatedAsync(hub, courseId) >= 2, "the warning's episode setting the next timer");
        deletes.Failing = false;
        output.WriteLine($"{deletes.Failed} deletes of control-queue messages failed after their episodes were saved");

        var end = At("2026-05-21T00:00:00+02:00");
        var expected = DeciderRun.Run(Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-05-21T00:00:00+02:00")).State.Alerts.Count;
        await courses.Backend.AdvanceToAsync(end);
        await Until(async () => (await courses.StateAsync(courseId)).Alerts.Count >= expected, "the deadlines after the warning");

        Assert.True(deletes.Failed > 0);
        Assert.Equal(expected, (await courses.StateAsync(courseId)).Alerts.Count);
    }

    /// <summary>
    /// The development clock's move cannot be stored (storage does not answer): the move fails, the
    /// timers due by then stay held, and the same move again releases them.
    /// </summary>
    [Fact]
    public async Task ClockMoveNotStored_FailsAndKeepsItsTimers_TheSameMoveAgainReleasesThem()
    {
        FailingHeldTimers? failing = null;
        await using var courses = await DurableCourses.StartOnAzuriteAsync(
            Received, azurite.ConnectionString, "hubmovefails", inner => failing = new FailingHeldTimers(inner));
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(Received, D("2026-05-08")), "plan:movefails/1");
        await courses.IdleAsync();

        failing!.FailNextNowSave();
        await Assert.ThrowsAsync<IOException>(() => courses.Backend.AdvanceToAsync(WarningAt));
        Assert.Equal(1, courses.Backend.HeldTimerCount);
        Assert.DoesNotContain((await courses.StateAsync(courseId)).Warnings, w => w.At == WarningAt);

        await courses.AdvanceToAsync(WarningAt);

        Assert.Contains((await courses.StateAsync(courseId)).Warnings, w => w.At == WarningAt);
    }

    private async Task<List<JsonElement>> FaultAlertsOfAsync(Guid courseId)
    {
        var queue = new QueueClient(azurite.ConnectionString, FaultAlerts.Queue);
        var messages = (await queue.PeekMessagesAsync(32)).Value;
        return [.. messages.Select(m => JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))).RootElement.Clone())
            .Where(m => m.GetProperty("courseId").GetString() == courseId.ToString("D"))];
    }

    private async Task<int> TimersCreatedAsync(string hub, Guid courseId)
    {
        var history = new TableClient(azurite.ConnectionString, hub + "History");
        var created = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CourseOrchestrations.InstanceId(courseId)} and EventType eq {"TimerCreated"}");
        await foreach (var _ in history.QueryAsync<TableEntity>(filter))
        {
            created++;
        }

        return created;
    }

    private static async Task Until(Func<Task<bool>> done, string what)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(2); waited += TimeSpan.FromMilliseconds(250))
        {
            if (await done())
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Not within 2 minutes: {what}.");
    }

    /// <summary>Fails every delete of a control-queue message while set, as a storage account that stopped answering.</summary>
    private sealed class FailingControlQueueDeletes : HttpPipelinePolicy
    {
        private int failed;

        public volatile bool Failing;

        public int Failed => Volatile.Read(ref failed);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            FailIfSet(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            FailIfSet(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void FailIfSet(HttpMessage message)
        {
            if (Failing && message.Request.Method == RequestMethod.Delete && message.Request.Uri.Path.Contains("-control-", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref failed);
                throw new RequestFailedException(503, "The storage account did not answer (a test's fault).");
            }
        }
    }

    /// <summary>The development clock's table of held timers, failing the next saves as a storage account that does not answer.</summary>
    private sealed class FailingHeldTimers(IHeldTimerStore inner) : IHeldTimerStore
    {
        private int failuresLeft;
        private int nowSaveFailures;

        public int FailuresLeft => Math.Max(0, Volatile.Read(ref failuresLeft));

        public void FailNextSaves(int count) => Interlocked.Exchange(ref failuresLeft, count);

        public Task SaveAsync(IReadOnlyList<TaskMessage> timers) =>
            timers.Count > 0 && Interlocked.Decrement(ref failuresLeft) >= 0
                ? throw new IOException("The held timers' table did not answer (a test's fault).")
                : inner.SaveAsync(timers);

        public Task DeleteAsync(IReadOnlyList<TaskMessage> timers) => inner.DeleteAsync(timers);

        public Task<IReadOnlyList<TaskMessage>> LoadAllAsync() => inner.LoadAllAsync();

        public void FailNextNowSave() => Interlocked.Exchange(ref nowSaveFailures, 1);

        public Task SaveNowAsync(Instant now) => Interlocked.Exchange(ref nowSaveFailures, 0) == 1
            ? throw new IOException("The development clock's now could not be stored (a test's fault).")
            : inner.SaveNowAsync(now);

        public Task<Instant?> LoadNowAsync() => inner.LoadNowAsync();
    }
}
