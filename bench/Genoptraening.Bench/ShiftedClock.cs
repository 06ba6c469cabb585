using NodaTime;

namespace Genoptraening.Bench;

/// <summary>The wall clock moved to another date, so a benchmark's timers come due in real time.</summary>
internal sealed class ShiftedClock(Instant startAt) : IClock
{
#pragma warning disable RS0030 // The benchmark is a composition root: it measures real time.
    private readonly Duration offset = startAt - SystemClock.Instance.GetCurrentInstant(); // clock-root

    public Instant GetCurrentInstant() => SystemClock.Instance.GetCurrentInstant() + offset; // clock-root
#pragma warning restore RS0030
}
