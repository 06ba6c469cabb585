namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>A count of messages not yet taken by an orchestration, with a wait for zero.</summary>
internal sealed class WorkInFlight
{
    private readonly Lock gate = new();
    private int count;
    private TaskCompletionSource none = Completed();

    public void Add(int messages)
    {
        if (messages == 0)
        {
            return;
        }

        lock (gate)
        {
            if (count == 0)
            {
                none = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            count += messages;
        }
    }

    public void Remove(int messages)
    {
        lock (gate)
        {
            count = Math.Max(0, count - messages);
            if (count == 0)
            {
                none.TrySetResult();
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

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
