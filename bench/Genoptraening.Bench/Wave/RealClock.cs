using NodaTime;

namespace Genoptraening.Bench.Wave;

/// <summary>The real clock, for what must not be shifted: requests to the queue service are dated and checked.</summary>
internal static class RealClock
{
#pragma warning disable RS0030 // The benchmark is a composition root: requests carry the real date.
    public static IClock Instance => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
