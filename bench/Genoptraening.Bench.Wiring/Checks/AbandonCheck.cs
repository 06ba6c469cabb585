using DurableTask.Core;
using Genoptraening.Bench.Wiring.Backends;
using Genoptraening.Bench.Wiring.Infrastructure;
using Genoptraening.Bench.Wiring.Synthetic;
using Genoptraening.Bench.Wiring.Wirings;
using Microsoft.Extensions.Logging.Abstractions;

namespace Genoptraening.Bench.Wiring.Checks;

/// <summary>
/// Check 3: the worker goes away while an activity runs (the activity never returns), a new worker starts on the
/// same backend: how long until the step completes, if it does.
/// </summary>
internal static class AbandonCheck
{
    public const string InstanceId = "abandoned";
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The stop comes this long after the activity started, so that it hits the activity and not the orchestration
    /// episode that scheduled it (Azure Storage sends an episode's messages before it writes its history: a kill in
    /// between leaves the TaskCompleted "out of order" until the control queue message reappears, 5 minutes by default).
    /// </summary>
    private static readonly TimeSpan CheckpointMargin = TimeSpan.FromSeconds(2);

    /// <summary>
    /// In the same process: the worker side is stopped without waiting (sidecar: the SDK worker host is stopped and
    /// disposed, the sidecar stays up; Core: the TaskHubWorker is force-stopped) and a new one starts.
    /// </summary>
    public static async Task<AbandonResult> InProcessAsync(Combination combination)
    {
        var wiring = combination.Wiring;
        var steps = combination.Steps;
        await wiring.ReplaceWorkerAsync(HangSwitch.On);
        await wiring.StartInstanceAsync(InstanceId, new RequestLoopInput(BenchClock.UtcNow.AddDays(30), 1));
        await Polling.UntilRunningAsync(wiring, InstanceId);
        await wiring.RaiseRequestAsync(InstanceId, "r0");
        if (await BenchClock.WithinAsync(steps.WhenStarted(InstanceId, "r0"), TimeSpan.FromSeconds(60)) is null)
        {
            return AbandonResult.NeverStarted(combination.Label);
        }

        await Task.Delay(CheckpointMargin);
        var stoppedAt = BenchClock.Now;
        await wiring.ReplaceWorkerAsync(HangSwitch.Off);
        var restartedAt = BenchClock.Now;
        var stepAt = await BenchClock.WithinAsync(steps.WhenCompleted(InstanceId, "r0"), Deadline);
        var final = await Polling.UntilTerminalAsync(wiring, InstanceId, Remaining(stoppedAt)) ?? await wiring.GetStateAsync(InstanceId);
        var endedAt = BenchClock.Now;
        return new AbandonResult(
            $"{combination.Label}, worker replaced in-process",
            (restartedAt - stoppedAt).TotalSeconds,
            stepAt is { } at ? (at - stoppedAt).TotalSeconds : null,
            final is { IsTerminal: true } ? (endedAt - stoppedAt).TotalSeconds : null,
            final?.Status ?? "no state",
            steps.StartedCount(InstanceId),
            LogSummary.Of(combination.Logs.Between(stoppedAt, endedAt)));
    }

    /// <summary>
    /// A whole host process (sidecar and worker, or TaskHubWorker) on a fresh Azure Storage task hub is killed while
    /// the activity runs; a new host process starts on the same task hub.
    /// </summary>
    public static async Task<AbandonResult> KilledProcessAsync(string wiringName, string azuriteConnection)
    {
        var hub = $"abandon{wiringName}";
        var settings = BackendFactory.AzureStorageSettings(azuriteConnection, hub, NullLoggerFactory.Instance);
        var service = new DurableTask.AzureStorage.AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();
        var client = new TaskHubClient(service, SdkJsonDataConverter.Instance);

        await using var doomed = await ChildHost.StartAsync(wiringName, hub, azuriteConnection, hang: true);
        await client.CreateOrchestrationInstanceAsync(nameof(RequestLoopOrchestrator), string.Empty, InstanceId, new RequestLoopInput(BenchClock.UtcNow.AddDays(30), 1));
        await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = InstanceId }, RequestLoopOrchestrator.RequestEvent, "r0");
        var label = $"{wiringName} / {BackendFactory.AzureStorageName}, host process killed";
        if (await BenchClock.WithinAsync(doomed.WhenActivityStarted, TimeSpan.FromSeconds(60)) is null)
        {
            return AbandonResult.NeverStarted(label);
        }

        await Task.Delay(CheckpointMargin);
        var killedAt = BenchClock.Now;
        doomed.Kill();
        await using var replacement = await ChildHost.StartAsync(wiringName, hub, azuriteConnection, hang: false);
        var restartedAt = BenchClock.Now;
        var stepAt = await BenchClock.WithinAsync(replacement.WhenActivityStarted, Deadline);
        var final = await client.GetOrchestrationStateAsync(InstanceId);
        while (Remaining(killedAt) > TimeSpan.Zero)
        {
            final = await client.GetOrchestrationStateAsync(InstanceId);
            if (final?.OrchestrationStatus is OrchestrationStatus.Completed or OrchestrationStatus.Failed)
            {
                break;
            }

            await Task.Delay(200);
        }

        var endedAt = BenchClock.Now;
        var finished = final?.OrchestrationStatus is OrchestrationStatus.Completed or OrchestrationStatus.Failed;
        return new AbandonResult(
            label,
            (restartedAt - killedAt).TotalSeconds,
            stepAt is { } at ? (at - killedAt).TotalSeconds : null,
            finished ? (endedAt - killedAt).TotalSeconds : null,
            final?.OrchestrationStatus.ToString() ?? "no state",
            1 + replacement.ActivityStarts,
            replacement.LogLines.Take(8).ToArray());
    }

    private static TimeSpan Remaining(TimeSpan since)
    {
        var left = Deadline - (BenchClock.Now - since);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}

/// <summary>Times are seconds after the worker was stopped or killed; null when it did not happen within the deadline.</summary>
internal sealed record AbandonResult(
    string Scenario, double RestartSeconds, double? StepSeconds, double? CompletedSeconds, string FinalStatus, int ActivityStarts, IReadOnlyList<string> Logs)
{
    public static AbandonResult NeverStarted(string scenario) => new(scenario, 0, null, null, "activity never started", 0, []);
}
