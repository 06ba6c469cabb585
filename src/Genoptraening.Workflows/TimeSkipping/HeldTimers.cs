using DurableTask.Core;
using DurableTask.Core.History;
using NodaTime;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>
/// Durable timers waiting for the virtual clock, one per instance, execution and timer id: holding a
/// timer again (an episode that runs again after a failed completion, a host that takes back the
/// stored ones) replaces it instead of firing it twice.
/// </summary>
internal sealed class HeldTimers
{
    private readonly Dictionary<string, TaskMessage> held = [];
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return held.Count;
            }
        }
    }

    public void Hold(IEnumerable<TaskMessage> timers)
    {
        lock (gate)
        {
            foreach (var timer in timers)
            {
                held[KeyOf(timer)] = timer;
            }
        }
    }

    /// <summary>Forgets these timers: a held copy of a timer that was sent after all.</summary>
    public void Forget(IEnumerable<TaskMessage> timers)
    {
        lock (gate)
        {
            foreach (var timer in timers)
            {
                held.Remove(KeyOf(timer));
            }
        }
    }

    /// <summary>Forgets the timers of an orchestration that has ended.</summary>
    public IReadOnlyList<TaskMessage> Drop(string instanceId)
    {
        lock (gate)
        {
            var dropped = held.Where(h => h.Value.OrchestrationInstance.InstanceId == instanceId).ToList();
            foreach (var (key, _) in dropped)
            {
                held.Remove(key);
            }

            return [.. dropped.Select(h => h.Value)];
        }
    }

    /// <summary>Takes out the timers due at or before <paramref name="now"/>, in due order.</summary>
    public IReadOnlyList<TaskMessage> TakeDue(Instant now)
    {
        lock (gate)
        {
            var due = held.Where(h => DueOf(h.Value) <= now).OrderBy(h => DueOf(h.Value)).ToList();
            foreach (var (key, _) in due)
            {
                held.Remove(key);
            }

            return [.. due.Select(h => h.Value)];
        }
    }

    /// <summary>A timer's identity: its orchestration's instance and execution, and its id there.</summary>
    public static string KeyOf(TaskMessage timer) =>
        $"{timer.OrchestrationInstance.InstanceId}|{timer.OrchestrationInstance.ExecutionId}|{((TimerFiredEvent)timer.Event).TimerId}";

    public static Instant DueOf(TaskMessage timer) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(((TimerFiredEvent)timer.Event).FireAt, DateTimeKind.Utc));

    /// <summary>
    /// The message that fires a released timer: due now whatever the wall clock says, because backends
    /// delay a timer message until its <c>FireAt</c> by their own clock. A copy, so the held timer
    /// keeps its due instant if sending fails and it is held again.
    /// </summary>
    public static TaskMessage AsDueNow(TaskMessage timer)
    {
        var fired = (TimerFiredEvent)timer.Event;
        return new TaskMessage
        {
            OrchestrationInstance = timer.OrchestrationInstance,
            OrchestrationExecutionContext = timer.OrchestrationExecutionContext,
            SequenceNumber = timer.SequenceNumber,
            Event = new TimerFiredEvent(fired.EventId)
            {
                TimerId = fired.TimerId,
                FireAt = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
                Timestamp = fired.Timestamp,
            },
        };
    }
}
