using NodaTime;

namespace Genoptraening.Domain.Calendar;

/// <summary>The one time zone every rule is reckoned in: Europe/Copenhagen from the embedded tzdb.</summary>
public static class Copenhagen
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Copenhagen"];

    /// <summary>The local date of an instant.</summary>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>00:00 local time on <paramref name="date"/> (midnight always exists here: DST changes at 02:00).</summary>
    public static Instant StartOfDay(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();
}
