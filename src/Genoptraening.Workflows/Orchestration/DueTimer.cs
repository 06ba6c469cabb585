using Microsoft.DurableTask;

namespace Genoptraening.Workflows.Orchestration;

/// <summary>
/// The loop's durable timer at the course's next due instant. It is kept across requests that leave
/// the next due instant as it was: every new timer is another message that the task hub holds until
/// it fires (on Azure Storage, one per 3-day chunk), and a cancelled one is only ignored, not removed.
/// </summary>
internal sealed class DueTimer : IDisposable
{
    private readonly CancellationTokenSource cancel = new();

    private DueTimer(DateTimeOffset due, TaskOrchestrationContext context)
    {
        Due = due;
        Fired = context.CreateTimer(due.UtcDateTime, cancel.Token);
    }

    public DateTimeOffset Due { get; }

    public Task Fired { get; }

    /// <summary>The timer for <paramref name="due"/>: <paramref name="current"/> when it is already set for it, else a new one (the old one cancelled).</summary>
    public static DueTimer? For(DateTimeOffset? due, DueTimer? current, TaskOrchestrationContext context)
    {
        if (current is not null && current.Due == due && !current.Fired.IsCompleted)
        {
            return current;
        }

        current?.Dispose();
        return due is { } instant ? new DueTimer(instant, context) : null;
    }

    public void Dispose()
    {
        // Cancel, not CancelAsync: the loop must not leave Durable Task's own scheduler.
        cancel.Cancel();
        cancel.Dispose();
    }
}
