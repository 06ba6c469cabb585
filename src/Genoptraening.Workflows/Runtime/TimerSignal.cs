namespace Genoptraening.Workflows.Runtime;

/// <summary>
/// Wakes sleeping timer workers in this process when a step writes a timer: a worker sleeps until
/// the earliest due timer, so a new earlier one must cut the sleep short. (PostgreSQL's LISTEN/NOTIFY
/// does the same across processes.)
/// </summary>
public sealed class TimerSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of new timers.
        }
    }

    /// <summary>Waits for a notification or the timeout; true when notified.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
