using NodaTime;

namespace Genoptraening.Bench;

/// <summary>The real clock, for the plans' dates: the host under measurement runs on the system clock too.</summary>
internal static class RealClock
{
#pragma warning disable RS0030 // The benchmark is a composition root: its plans are dated by today's date.
    public static IClock Instance => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
