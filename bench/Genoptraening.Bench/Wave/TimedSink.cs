using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Bench.Wave;

/// <summary>An outbox sink that notes when each message was in the queue, and counts failed deliveries.</summary>
internal sealed class TimedSink(IOutboxSink inner, IClock clock) : IOutboxSink
{
    private readonly Lock gate = new();
    private int delivered;
    private int failed;
    private Instant? first;
    private Instant? last;

    public int Delivered => Volatile.Read(ref delivered);

    public int Failed => Volatile.Read(ref failed);

    /// <summary>When the first and the last message were accepted by the queue service (null before any).</summary>
    public (Instant? First, Instant? Last) Span
    {
        get
        {
            lock (gate)
            {
                return (first, last);
            }
        }
    }

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await inner.DeliverAsync(message, cancellationToken);
        }
        catch
        {
            Interlocked.Increment(ref failed);
            throw;
        }

        var at = clock.GetCurrentInstant();
        lock (gate)
        {
            first = first is { } f && f < at ? f : at;
            last = last is { } l && l > at ? l : at;
            delivered++;
        }
    }
}
