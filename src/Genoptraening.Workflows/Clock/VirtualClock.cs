using NodaTime;

namespace Genoptraening.Workflows.Clock;

/// <summary>
/// A clock that stands still until moved forward: used by <c>simulate</c>, by tests and by the
/// development host's <c>POST /api/dev/clock</c>. Time skips instead of passing.
/// </summary>
public sealed class VirtualClock(Instant start) : IClock
{
    private long ticks = start.ToUnixTimeTicks();

    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref ticks));

    /// <summary>Moves the clock to <paramref name="instant"/>; moving backwards is refused.</summary>
    public void AdvanceTo(Instant instant)
    {
        var target = instant.ToUnixTimeTicks();
        long current;
        do
        {
            current = Interlocked.Read(ref ticks);
            if (target < current)
            {
                throw new ArgumentOutOfRangeException(nameof(instant), instant, "The virtual clock only moves forward.");
            }
        }
        while (Interlocked.CompareExchange(ref ticks, target, current) != current);
    }
}
