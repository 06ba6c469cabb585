using System.Collections.Concurrent;
using DurableTask.Core;
using DurableTask.Core.History;
using Genoptraening.Workflows.TimeSkipping;
using NodaTime;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// The development clock's held timers and virtual now kept in this process's memory, so a deployment
/// (a new task hub service and time-skipping decorator in place of the old) finds them again, as the
/// host finds them in its table, without the table's transactions in the counts: production, where a
/// timer is a hidden queue message, has no such table.
/// </summary>
internal sealed class MemoryHeldTimerStore : IHeldTimerStore
{
    private readonly ConcurrentDictionary<string, TaskMessage> timers = new(StringComparer.Ordinal);
    private Instant? now;

    public Task SaveAsync(IReadOnlyList<TaskMessage> timers)
    {
        ArgumentNullException.ThrowIfNull(timers);
        foreach (var timer in timers)
        {
            this.timers[KeyOf(timer)] = timer;
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyList<TaskMessage> timers)
    {
        ArgumentNullException.ThrowIfNull(timers);
        foreach (var timer in timers)
        {
            this.timers.TryRemove(KeyOf(timer), out _);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TaskMessage>> LoadAllAsync() => Task.FromResult<IReadOnlyList<TaskMessage>>([.. timers.Values]);

    public Task SaveNowAsync(Instant now)
    {
        this.now = now;
        return Task.CompletedTask;
    }

    public Task<Instant?> LoadNowAsync() => Task.FromResult(now);

    private static string KeyOf(TaskMessage timer) =>
        $"{timer.OrchestrationInstance.InstanceId}|{timer.OrchestrationInstance.ExecutionId}|{((TimerFiredEvent)timer.Event).TimerId}";
}
