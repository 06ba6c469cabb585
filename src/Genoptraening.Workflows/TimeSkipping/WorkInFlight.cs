using DurableTask.Core;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>
/// The messages sent to orchestrations and not yet taken by them, counted per instance, with a wait
/// for none. An instance that ends takes no more messages: the backend discards what still comes for
/// it ("instance is completed"), so its count is dropped then, and messages sent to it later are not
/// counted.
/// </summary>
internal sealed class WorkInFlight
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> waiting = [];
    private readonly HashSet<string> ended = [];
    private int count;
    private long progress;
    private TaskCompletionSource none = Completed();

    /// <summary>How many times a message was taken or let go: it stands still while nothing is taken.</summary>
    public long Progress => Interlocked.Read(ref progress);

    /// <summary>The instances with messages not yet taken.</summary>
    public IReadOnlyList<string> WaitedFor()
    {
        lock (gate)
        {
            return [.. waiting.Keys];
        }
    }

    public void Add(IEnumerable<TaskMessage> messages)
    {
        foreach (var message in messages)
        {
            Add(message.OrchestrationInstance.InstanceId);
        }
    }

    public void Add(string instanceId)
    {
        lock (gate)
        {
            if (ended.Contains(instanceId))
            {
                return;
            }

            if (count == 0)
            {
                none = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            waiting[instanceId] = waiting.GetValueOrDefault(instanceId) + 1;
            count++;
        }
    }

    /// <summary>Messages counted that were not sent after all.</summary>
    public void Remove(IEnumerable<TaskMessage> messages)
    {
        foreach (var message in messages)
        {
            Remove(message.OrchestrationInstance.InstanceId, 1);
        }
    }

    /// <summary>The instance took <paramref name="messages"/> of its messages (or they were not sent after all).</summary>
    public void Remove(string instanceId, int messages)
    {
        lock (gate)
        {
            if (!waiting.TryGetValue(instanceId, out var left))
            {
                return;
            }

            var taken = Math.Min(left, messages);
            Set(instanceId, left - taken);
            count -= taken;
            Signal();
        }
    }

    /// <summary>The instance ended: what still waits for it will never be taken.</summary>
    public void End(string instanceId)
    {
        lock (gate)
        {
            ended.Add(instanceId);
            if (waiting.Remove(instanceId, out var left))
            {
                count -= left;
                Signal();
            }
        }
    }

    public Task WaitForNoneAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return none.Task.WaitAsync(cancellationToken);
        }
    }

    private void Set(string instanceId, int left)
    {
        if (left == 0)
        {
            waiting.Remove(instanceId);
        }
        else
        {
            waiting[instanceId] = left;
        }
    }

    private void Signal()
    {
        progress++;
        if (count == 0)
        {
            none.TrySetResult();
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
