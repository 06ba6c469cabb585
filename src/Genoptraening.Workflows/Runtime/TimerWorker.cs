using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Workflows.Runtime;

/// <summary>
/// Claims due timers in batches with a lease and takes each one's step. Any number of workers may
/// share a database: leases keep them apart, and a step is idempotent, so a crash loses nothing.
/// </summary>
public sealed class TimerWorker(ICourseStore store, CourseRuntime runtime, IClock clock, WorkerOptions options, TimerSignal? signal = null)
{
    /// <summary>Takes every timer step due at or before <paramref name="now"/>, earliest first; returns how many timers fired.</summary>
    public async Task<int> FireDueAsync(Instant now, CancellationToken cancellationToken = default)
    {
        var fired = 0;
        while (true)
        {
            var batch = await store.ClaimDueTimersAsync(options.Owner, now, options.BatchSize, now + options.Lease, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return fired;
            }

            await runtime.FireTimersAsync(batch, cancellationToken).ConfigureAwait(false);
            var firedAt = clock.GetCurrentInstant();
            foreach (var timer in batch)
            {
                options.OnFired?.Invoke(timer, firedAt);
            }

            fired += batch.Count;
        }
    }

    /// <summary>Runs until cancelled: fires what is due, then sleeps until the next timer or a wake-up.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException)
            {
                // A lost connection or a deadlock: what was not committed is claimed again when its lease ends.
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var sleep = options.MaxIdle < TimerSignal.LongestSleep ? options.MaxIdle : TimerSignal.LongestSleep;
            if (await store.NextTimerDueAsync(cancellationToken).ConfigureAwait(false) is { } next)
            {
                var untilDue = (next - clock.GetCurrentInstant()).ToTimeSpan();
                sleep = untilDue < TimeSpan.Zero ? TimeSpan.FromMilliseconds(50) : untilDue < sleep ? untilDue : sleep;
            }

            if (signal is null)
            {
                await Task.Delay(sleep, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await signal.WaitAsync(sleep, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
