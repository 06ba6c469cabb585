using Genoptraening.Domain.Calendar;
using NodaTime;

namespace Genoptraening.Workflows.Retention;

/// <summary>When the retention sweep runs: every night at 02:00 Danish time, when nobody is at work.</summary>
public static class RetentionSchedule
{
    public static readonly LocalTime RunsAt = new(2, 0);

    /// <summary>The first run strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset after)
    {
        var local = Instant.FromDateTimeOffset(after).InZone(Copenhagen.Zone);
        var today = local.Date.At(RunsAt).InZoneLeniently(Copenhagen.Zone);
        var next = today.ToInstant() > local.ToInstant() ? today : local.Date.PlusDays(1).At(RunsAt).InZoneLeniently(Copenhagen.Zone);
        return next.ToDateTimeOffset();
    }
}
