using NodaTime;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>The real clock, for what talks to real services (request dates): nothing of a course's timeline runs on it.</summary>
internal static class WallClock
{
#pragma warning disable RS0030 // Requests to a real queue service are dated in real time.
    public static IClock Instance => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
