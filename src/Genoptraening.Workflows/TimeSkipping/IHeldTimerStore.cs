using DurableTask.Core;
using NodaTime;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>
/// Where the development clock keeps what must outlive its host: the timers it holds (keyed by
/// instance, execution and timer id) and the virtual now. Without it a restarted host would forget
/// every held timer, and its courses would silently stop having deadlines.
/// </summary>
public interface IHeldTimerStore
{
    /// <summary>Stores timers before the completion that creates them is saved.</summary>
    Task SaveAsync(IReadOnlyList<TaskMessage> timers);

    /// <summary>Forgets timers once they have been sent to the backend.</summary>
    Task DeleteAsync(IReadOnlyList<TaskMessage> timers);

    Task<IReadOnlyList<TaskMessage>> LoadAllAsync();

    Task SaveNowAsync(Instant now);

    Task<Instant?> LoadNowAsync();
}
