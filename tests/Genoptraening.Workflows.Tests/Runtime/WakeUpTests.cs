using Genoptraening.Domain.Courses;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store.Postgres;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Runtime;

/// <summary>A sleeping worker wakes when another process writes an earlier timer (LISTEN/NOTIFY), not on a poll.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WakeUpTests(PostgresServer server)
{
    private static readonly Instant Received = Instant.FromUtc(2026, 3, 27, 13, 0);
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 30, 10, 0);

    [Fact]
    public async Task SleepingWorker_WokenByNotifyFromAnotherStore_FiresTheNewTimer()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var workerStore = PostgresCourseStore.Open(connectionString);
        await workerStore.MigrateAsync();
        using var signal = new TimerSignal();
        var clock = new VirtualClock(Now);
        var fired = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new WorkerOptions { MaxIdle = TimeSpan.FromHours(1), OnFired = (timer, _) => fired.TrySetResult(timer.CourseId) };
        var worker = new TimerWorker(workerStore, new CourseRuntime(workerStore, TestCatalog.Instance, clock, signal), clock, options, signal);
        using var stop = new CancellationTokenSource();
        var listening = new PostgresTimerListener(workerStore.DataSource, signal).RunAsync(stop.Token);
        var running = worker.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(1));

        // Another process (its own store, no shared signal) starts a course whose warning is already due.
        await using var other = await Engine.StartAsync(PostgresCourseStore.Open(connectionString), Received, owner: "other");
        var courseId = await other.StartCourseAsync("rebild/sel86-1", Referral.Application(Received));

        var woken = await Task.WhenAny(fired.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        await stop.CancelAsync();
        await Task.WhenAll(running, listening).ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Same(fired.Task, woken);
        Assert.Equal(courseId, await fired.Task);
    }
}
