using DurableTask.Core;
using NodaTime;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>Keeps nothing: for the in-memory backend, which itself does not outlive its process.</summary>
public sealed class NoHeldTimerStore : IHeldTimerStore
{
    public static NoHeldTimerStore Instance { get; } = new();

    public Task SaveAsync(IReadOnlyList<TaskMessage> timers) => Task.CompletedTask;

    public Task DeleteAsync(IReadOnlyList<TaskMessage> timers) => Task.CompletedTask;

    public Task<IReadOnlyList<TaskMessage>> LoadAllAsync() => Task.FromResult<IReadOnlyList<TaskMessage>>([]);

    public Task SaveNowAsync(Instant now) => Task.CompletedTask;

    public Task<Instant?> LoadNowAsync() => Task.FromResult<Instant?>(null);
}
