using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Domain.Tests.Support;

/// <summary>Short ways to write instants and dates in tests, as the rule book writes them.</summary>
internal static class Time
{
    /// <summary>An instant from ISO 8601 with offset, e.g. <c>2026-05-08T10:00:00+02:00</c>.</summary>
    public static Instant At(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    /// <summary>A local date, e.g. <c>2026-05-08</c>.</summary>
    public static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
