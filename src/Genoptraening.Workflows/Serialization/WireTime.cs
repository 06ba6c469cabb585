using Genoptraening.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Workflows.Serialization;

/// <summary>How instants and dates look on the wire: ISO 8601 with the Copenhagen offset, and yyyy-MM-dd.</summary>
public static class WireTime
{
    // Parsing accepts Z, +02 and +02:00; formatting always writes +02:00.
    private static readonly OffsetDateTimePattern OffsetPattern = OffsetDateTimePattern.ExtendedIso;
    private static readonly OffsetDateTimePattern OutputPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<m>");

    /// <summary>An instant as local Copenhagen time with its offset, e.g. <c>2026-05-11T09:30:00+02:00</c>.</summary>
    public static string Format(Instant instant) =>
        OutputPattern.Format(instant.InZone(Copenhagen.Zone).ToOffsetDateTime());

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Parses an ISO 8601 instant that carries an offset (or Z); a local time without one is refused.</summary>
    public static bool TryParseInstant(string? text, out Instant instant)
    {
        instant = default;
        if (text is null)
        {
            return false;
        }

        var parsed = OffsetPattern.Parse(text);
        if (!parsed.Success)
        {
            return false;
        }

        try
        {
            instant = parsed.Value.ToInstant();
            return true;
        }
        catch (OverflowException)
        {
            // The last local time of 9999 behind UTC (9999-12-31T23:59:59-14:00) lies past the last instant.
            return false;
        }
    }

    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
