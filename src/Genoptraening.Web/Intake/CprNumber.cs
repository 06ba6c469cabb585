using NodaTime;

namespace Genoptraening.Web.Intake;

/// <summary>
/// The Danish CPR number: DDMMYY and four digits, the 7th of which gives the century of birth.
/// (The modulus-11 check is not used: numbers issued since 2007 need not satisfy it.)
/// </summary>
public static class CprNumber
{
    /// <summary>Null when valid; otherwise why not (never echoing the number).</summary>
    public static string? Problem(string? cpr, LocalDate today)
    {
        if (cpr is null || cpr.Length != 10 || !cpr.All(char.IsAsciiDigit))
        {
            return "must be 10 digits (DDMMYYSSSS, no hyphen)";
        }

        var day = int.Parse(cpr[..2], System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(cpr[2..4], System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(cpr[4..6], System.Globalization.CultureInfo.InvariantCulture);
        var fullYear = (cpr[6] - '0') switch
        {
            <= 3 => 1900 + year,
            4 or 9 => year <= 36 ? 2000 + year : 1900 + year,
            _ => year <= 57 ? 2000 + year : 1800 + year,
        };
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(fullYear, month))
        {
            return "holds an impossible date of birth";
        }

        return new LocalDate(fullYear, month, day) > today ? "holds a date of birth in the future" : null;
    }
}
