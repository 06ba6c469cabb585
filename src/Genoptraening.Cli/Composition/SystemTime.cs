using NodaTime;

namespace Genoptraening.Cli.Composition;

/// <summary>The composition root's one reference to the wall clock; everything else is handed an <see cref="IClock"/>.</summary>
internal static class SystemTime
{
#pragma warning disable RS0030 // The composition root is where the system clock is chosen.
    public static IClock Clock => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
