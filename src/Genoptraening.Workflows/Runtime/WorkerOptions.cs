using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Workflows.Runtime;

/// <summary>How a timer worker claims its work.</summary>
public sealed record WorkerOptions
{
    /// <summary>Identifies the worker in lease columns, e.g. host name and process id.</summary>
    public string Owner { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public int BatchSize { get; init; } = 100;

    /// <summary>A claimed timer not finished within this time is claimed again by another worker.</summary>
    public Duration Lease { get; init; } = Duration.FromSeconds(30);

    /// <summary>Called after each timer step with the timer and the instant it finished: for metrics such as lateness.</summary>
    public Action<TimerRow, Instant>? OnFired { get; init; }

    /// <summary>The longest sleep with nothing due: a safety net should a wake-up be missed (at most <see cref="TimerSignal.LongestSleep"/>).</summary>
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromSeconds(30);
}
