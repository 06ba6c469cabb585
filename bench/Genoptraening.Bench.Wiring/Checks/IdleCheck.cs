using Genoptraening.Bench.Wiring.Infrastructure;
using Genoptraening.Bench.Wiring.Synthetic;

namespace Genoptraening.Bench.Wiring.Checks;

/// <summary>Check 2: after the worker has idled, one request is raised; latency until its step ran and the course completed.</summary>
internal static class IdleCheck
{
    public const string InstanceId = "idle-probe";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Starts the probe course (one request ends it) so that it waits, idle, for the request.</summary>
    public static async Task PrepareAsync(Combination combination)
    {
        await combination.Wiring.StartInstanceAsync(InstanceId, new RequestLoopInput(BenchClock.UtcNow.AddDays(30), 1));
        await Polling.UntilRunningAsync(combination.Wiring, InstanceId);
    }

    public static async Task<IdleResult> RunAsync(Combination combination, TimeSpan idleSince)
    {
        var raisedAt = BenchClock.Now;
        await combination.Wiring.RaiseRequestAsync(InstanceId, "r0");
        var stepAt = await BenchClock.WithinAsync(combination.Steps.WhenCompleted(InstanceId, "r0"), Timeout);
        var final = await Polling.UntilTerminalAsync(combination.Wiring, InstanceId, Timeout);
        var completedAt = BenchClock.Now;
        return new IdleResult(
            (raisedAt - idleSince).TotalSeconds,
            stepAt is { } at ? (at - raisedAt).TotalMilliseconds : null,
            final is { IsTerminal: true } ? (completedAt - raisedAt).TotalMilliseconds : null,
            LogSummary.Of(combination.Logs.Between(idleSince, raisedAt)));
    }
}

internal sealed record IdleResult(double IdleSeconds, double? StepMs, double? CompletedMs, IReadOnlyList<string> IdleLogs);
