using NodaTime;

namespace Genoptraening.Workflows.Outbox;

/// <summary>Retry and parking policy of the outbox dispatcher.</summary>
public sealed record OutboxOptions
{
    public string Owner { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public int BatchSize { get; init; } = 20;

    /// <summary>Longer than the slowest delivery of a batch (a queue call retries for up to about a minute).</summary>
    public Duration Lease { get; init; } = Duration.FromMinutes(5);

    /// <summary>After this many failed deliveries a message is parked: kept and shown, no longer retried.</summary>
    public int MaxAttempts { get; init; } = 50;

    /// <summary>The first retry's delay; each further retry doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public Duration FirstBackoff { get; init; } = Duration.FromSeconds(2);

    public Duration MaxBackoff { get; init; } = Duration.FromMinutes(10);

    public Duration BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = Duration.FromTicks((long)Math.Min(FirstBackoff.TotalTicks * factor, MaxBackoff.TotalTicks));
        return delay;
    }
}
