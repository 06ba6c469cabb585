using Genoptraening.Bench.Wave;
using NodaTime;

namespace Genoptraening.Bench;

/// <summary>The wall clock moved to another date, so a benchmark's timers come due in real time.</summary>
internal sealed class ShiftedClock(Instant startAt) : IClock
{
    private readonly Duration offset = startAt - RealClock.Instance.GetCurrentInstant();

    public Instant GetCurrentInstant() => RealClock.Instance.GetCurrentInstant() + offset;
}
