using System.Diagnostics;

namespace Genoptraening.Bench.Wiring.Infrastructure;

/// <summary>One monotonic clock for every measurement of the run, and the wall clock where an instant is needed.</summary>
internal static class BenchClock
{
    private static readonly Stopwatch Watch = Stopwatch.StartNew();

    public static TimeSpan Now => Watch.Elapsed;

#pragma warning disable RS0030 // The benchmark is its own composition root: durable timers need an absolute UTC instant.
    public static DateTime UtcNow => TimeProvider.System.GetUtcNow().UtcDateTime;
#pragma warning restore RS0030

    public static async Task<T?> WithinAsync<T>(Task<T> task, TimeSpan timeout)
        where T : struct
    {
        try
        {
            return await task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
