namespace Genoptraening.Workflows.Runtime;

/// <summary>
/// Wakes sleeping timer workers in this process when a step writes a timer: a worker sleeps until
/// the earliest due timer, so a new earlier one must cut the sleep short. (PostgreSQL's LISTEN/NOTIFY
/// does the same across processes.)
/// </summary>
public sealed class TimerSignal : IDisposable
{
    /// <summary>
    /// Workers never sleep longer than this, so a new timer due later than this from now needs no
    /// wake-up: a worker looks at the earliest timer again before it is due. Most steps write such timers.
    /// </summary>
    public static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(30);

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
