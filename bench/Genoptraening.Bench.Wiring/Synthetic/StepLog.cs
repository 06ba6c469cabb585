using System.Collections.Concurrent;
using Genoptraening.Bench.Wiring.Infrastructure;

namespace Genoptraening.Bench.Wiring.Synthetic;

/// <summary>Every execution of <see cref="ProcessRequest"/> by one combination's workers, in order, on the bench clock.</summary>
internal sealed class StepLog(Action<string>? echo = null)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Step>> completedBy = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> startedBy = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Instance, string Payload, bool Done), TaskCompletionSource<TimeSpan>> waiters = new();
    private int completed;

    public int CompletedCount => Volatile.Read(ref completed);

    public TimeSpan LastCompletion { get; private set; }

    public void Started(string instanceId, string payload)
    {
        startedBy.AddOrUpdate(instanceId, 1, (_, n) => n + 1);
        echo?.Invoke($"activity-start {instanceId} {payload}");
        Waiter(instanceId, payload, done: false).TrySetResult(BenchClock.Now);
    }

    public void Completed(string instanceId, string payload)
    {
        var step = new Step(payload, BenchClock.Now);
        completedBy.GetOrAdd(instanceId, _ => new ConcurrentQueue<Step>()).Enqueue(step);
        LastCompletion = step.At;
        Interlocked.Increment(ref completed);
        Waiter(instanceId, payload, done: true).TrySetResult(step.At);
    }

    public IReadOnlyList<Step> CompletedSteps(string instanceId) =>
        completedBy.TryGetValue(instanceId, out var steps) ? [.. steps] : [];

    public int StartedCount(string instanceId) => startedBy.GetValueOrDefault(instanceId);

    /// <summary>The bench time at which the step for <paramref name="payload"/> first started.</summary>
    public Task<TimeSpan> WhenStarted(string instanceId, string payload) => Waiter(instanceId, payload, done: false).Task;

    /// <summary>The bench time at which the step for <paramref name="payload"/> first completed.</summary>
    public Task<TimeSpan> WhenCompleted(string instanceId, string payload) => Waiter(instanceId, payload, done: true).Task;

    private TaskCompletionSource<TimeSpan> Waiter(string instanceId, string payload, bool done) =>
        waiters.GetOrAdd((instanceId, payload, done), _ => new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously));
}

internal sealed record Step(string Payload, TimeSpan At);
