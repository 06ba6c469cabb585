using System.Globalization;
using Genoptraening.Workflows.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// Dates and times as a Dane types them in the dashboard's plain text fields: <c>15-06-2026</c> (also <c>15.06.2026</c>,
/// <c>15/6 2026</c> and ISO's <c>2026-06-15</c>), and <c>15-06-2026 10:30</c> (also <c>15-06-2026 kl. 10.30</c>). The
/// fields are text, not the browser's date pickers, so the browser's language never decides the order of day and month.
/// </summary>
public static class DanishDates
{
    private static readonly LocalDateTimePattern IsoLocalTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    /// <summary>A date as a Dane types it: day, month, year (4 digits), separated by <c>-</c>, <c>.</c>, <c>/</c> or a space; or ISO's.</summary>
    public static LocalDate? DateOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (WireTime.TryParseDate(text, out var iso))
        {
            return iso;
        }

        var parts = text.Split(['-', '.', '/', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts is not [var d, var m, var y] || y.Length != 4 || d.Length > 2 || m.Length > 2
            || !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        return new LocalDate(year, month, day);
    }

    /// <summary>A Danish date and time of day (<c>10:30</c> or <c>10.30</c>, after <c>kl.</c> or not).</summary>
    public static LocalDateTime? LocalTimeOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsoLocalTime.Parse(text) is { Success: true } iso)
        {
            return iso.Value;
        }

        var words = text.Replace(" kl. ", " ", StringComparison.OrdinalIgnoreCase).Replace(" kl ", " ", StringComparison.OrdinalIgnoreCase)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || DateOf(string.Join(' ', words[..^1])) is not { } day)
        {
            return null;
        }

        var time = words[^1];

        var clock = time.Split([':', '.']);
        return clock is [var h, var m] && h.Length is 1 or 2 && m.Length == 2
            && int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour < 24
            && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute < 60
                ? day.At(new LocalTime(hour, minute))
                : null;
    }
}
