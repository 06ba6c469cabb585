using DurableTask.Core;
using DurableTask.Core.History;
using NodaTime;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>Durable timers waiting for the virtual clock, earliest first.</summary>
internal sealed class HeldTimers
{
    private readonly List<TaskMessage> held = [];
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
            held.AddRange(timers);
        }
    }

    /// <summary>Lets go of timers held for a completion that failed.</summary>
    public void Release(IEnumerable<TaskMessage> timers)
    {
        lock (gate)
        {
            foreach (var timer in timers)
            {
                held.Remove(timer);
            }
        }
    }

    /// <summary>Forgets the timers of an orchestration that has ended.</summary>
    public IReadOnlyList<TaskMessage> Drop(string instanceId)
    {
        lock (gate)
        {
            var dropped = held.Where(m => m.OrchestrationInstance.InstanceId == instanceId).ToList();
            held.RemoveAll(dropped.Contains);
            return dropped;
        }
    }

    /// <summary>Takes out the timers due at or before <paramref name="now"/>, in due order.</summary>
    public IReadOnlyList<TaskMessage> TakeDue(Instant now)
    {
        lock (gate)
        {
            var due = held.Where(m => DueOf(m) <= now).OrderBy(DueOf).ToList();
            held.RemoveAll(due.Contains);
            return due;
        }
    }

    public static Instant DueOf(TaskMessage timer) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(((TimerFiredEvent)timer.Event).FireAt, DateTimeKind.Utc));

    /// <summary>
    /// A released timer is due now whatever the wall clock says: backends delay a timer message until
    /// its <c>FireAt</c> by their own clock, so it is moved to the earliest instant there is.
    /// </summary>
    public static TaskMessage AsDueNow(TaskMessage timer)
    {
        ((TimerFiredEvent)timer.Event).FireAt = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
        return timer;
    }
}
