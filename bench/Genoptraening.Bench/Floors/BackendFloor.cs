using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DurableTask.Core;
using Genoptraening.Bench.Storage;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Genoptraening.Bench.Floors;

/// <summary>The bare backend's wave: <paramref name="Steps"/> timer steps released at one instant, done in <paramref name="Seconds"/>.</summary>
/// <param name="Requests">Azurite's requests from the clock's move to the last step, when they were counted.</param>
internal sealed record FloorWave(int Steps, double Seconds, TransactionCounts? Requests = null)
{
    public double StepsPerSecond => Steps / Seconds;
}

/// <summary>How late <paramref name="Timers"/> durable timers due at one instant of the system clock ran their step: p50 and p99.</summary>
internal sealed record TimerLateness(int Timers, double P50Ms, double P99Ms, double LastMs);

/// <summary>
/// The floors of the midnight wave (issue 20 b), on the Azurite they are given, with the host's task hub settings
/// (<see cref="TaskHubSettings"/>: partitions, concurrency, polling):
/// <see cref="OneTimerOrchestration"/> instances on Durable Task's Azure Storage provider, run by
/// Durable Task's own worker in this process. The wave goes through the development clock's decorator,
/// with its held timers in a table as the host keeps them; the lateness runs on the system clock.
/// </summary>
internal static class BackendFloor
{
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(2);

    /// <param name="counted">Azurite's debug log, to count the requests the steps make; null not to count.</param>
    public static async Task<FloorWave> WaveAsync(string connectionString, int instances, int clients, AzuriteTransactions? counted = null)
    {
        var hubName = "floorwave";
        var backend = AzureStorageTaskHub.Create(connectionString, new TaskHubSettings { HubName = hubName }, NullLoggerFactory.Instance);
        await backend.CreateIfNotExistsAsync();
        var store = TableHeldTimerStore.For(connectionString, hubName);
        await store.CreateTableAsync();
        var start = Instant.FromUtc(2026, 5, 4, 8, 0);
        var skipping = new TimeSkippingOrchestrationService(backend, backend, new VirtualClock(start), store: store);
        await skipping.RestoreAsync();
        var due = start + Duration.FromDays(3);
        var ran = 0;
        var worker = Worker(skipping, _ => Interlocked.Increment(ref ran));
        await worker.StartAsync();
        try
        {
            await StartAllAsync(new TaskHubClient(skipping), instances, clients, due.ToDateTimeUtc());
            await IdleAsync(skipping, () => skipping.HeldTimerCount, "setting the timers"); // every instance has set its timer
            var from = counted is null ? 0 : await counted.MarkSettledAsync();
            var watch = Stopwatch.StartNew();
            await skipping.AdvanceToAsync(due);
            await IdleAsync(skipping, () => Volatile.Read(ref ran), "running the steps");
            var seconds = watch.Elapsed.TotalSeconds;
            var requests = counted?.Count(from, await counted.MarkSettledAsync());
            return ran == instances
                ? new FloorWave(instances, seconds, requests)
                : throw new InvalidOperationException($"The floor's wave ran {ran} steps of {instances}.");
        }
        finally
        {
            await worker.StopAsync(isForced: true);
        }
    }

    /// <summary>
    /// Waits until no message is in flight, and gives up with the floor's state if <paramref name="progress"/>
    /// stands still for <see cref="Stall"/>: a floor that hangs says so instead of holding up the run.
    /// </summary>
    private static async Task IdleAsync(TimeSkippingOrchestrationService skipping, Func<int> progress, string phase)
    {
        var idle = skipping.WaitForIdleAsync();
        for (var last = progress(); ;)
        {
            if (await Task.WhenAny(idle, Task.Delay(Stall)) == idle)
            {
                await idle;
                return;
            }

            var now = progress();
            if (now == last)
            {
                throw new TimeoutException(FormattableString.Invariant(
                    $"The floor's wave stood still for {Stall.TotalMinutes} minutes while {phase} ({now} done; {skipping.HeldTimerCount} timers held, {skipping.ReleasedTimerCount} released)."));
            }

            last = now;
        }
    }

    /// <summary>
    /// <paramref name="instances"/> timers due at one instant of the system clock, far enough ahead for
    /// every instance to have set its timer first; the lateness of each is when its step ran after it.
    /// </summary>
    public static async Task<TimerLateness> LatenessAsync(string connectionString, int instances, int clients, TimeSpan lead)
    {
        var backend = AzureStorageTaskHub.Create(connectionString, new TaskHubSettings { HubName = "floorlateness" }, NullLoggerFactory.Instance);
        await backend.CreateIfNotExistsAsync();
        var ranAt = new ConcurrentBag<Instant>();
        var worker = Worker(backend, ranAt.Add);
        await worker.StartAsync();
        try
        {
            var due = RealClock.Instance.GetCurrentInstant() + Duration.FromTimeSpan(lead);
            await StartAllAsync(new TaskHubClient(backend), instances, clients, due.ToDateTimeUtc());
            if (RealClock.Instance.GetCurrentInstant() >= due)
            {
                throw new InvalidOperationException($"Starting {instances} instances took longer than the lead of {lead.TotalSeconds} s.");
            }

            using var patience = new CancellationTokenSource(lead + TimeSpan.FromMinutes(5));
            while (ranAt.Count < instances)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), patience.Token);
            }

            var lateness = ranAt.Select(at => (at - due).TotalMilliseconds).ToArray();
            return new TimerLateness(instances, Percentiles.Of(lateness, 50), Percentiles.Of(lateness, 99), lateness.Max());
        }
        finally
        {
            await worker.StopAsync(isForced: true);
        }
    }

    private static TaskHubWorker Worker(IOrchestrationService service, Action<Instant> ran)
    {
        var worker = new TaskHubWorker(service, NullLoggerFactory.Instance);
        worker.AddTaskOrchestrations(typeof(OneTimerOrchestration));
        worker.AddTaskActivities(new StepRan(ran));
        return worker;
    }

    private static Task StartAllAsync(TaskHubClient client, int instances, int clients, DateTime due)
    {
        var input = due.ToString("O", CultureInfo.InvariantCulture);
        return Parallel.ForAsync(0, instances, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, _) =>
            await client.CreateOrchestrationInstanceAsync(typeof(OneTimerOrchestration), $"floor-{i}", input));
    }
}
