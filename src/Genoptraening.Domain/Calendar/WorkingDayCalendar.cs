using NodaTime;

namespace Genoptraening.Domain.Calendar;

/// <summary>
/// Working days (hverdage): Monday to Friday except public holidays and the municipality's closing
/// days. Supports the years 1900 to 2200.
/// </summary>
public sealed class WorkingDayCalendar
{
    public const int FirstYear = 1900;
    public const int LastYear = 2200;

    public WorkingDayCalendar(ClosingDays closingDays)
    {
        ClosingDays = closingDays ?? throw new ArgumentNullException(nameof(closingDays));
    }

    /// <summary>The calendar with all three closing days on.</summary>
    public static WorkingDayCalendar Default { get; } = new(ClosingDays.Default);

    public ClosingDays ClosingDays { get; }

    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>Whether the date is a public holiday or one of the municipality's closing days.</summary>
    public bool IsHoliday(LocalDate date)
    {
        if (date.Year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The calendar covers {FirstYear}–{LastYear}.");
        }

        // One source of truth: the same list the holiday tables are checked against.
        foreach (var holiday in DanishHolidays.Of(date.Year, ClosingDays))
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The n-th working day strictly after <paramref name="anchor"/>; the anchor day never counts.</summary>
    public LocalDate NthWorkingDayAfter(LocalDate anchor, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var date = anchor;
        for (var counted = 0; counted < n;)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public LocalDate LastWorkingDayBefore(LocalDate date)
    {
        var day = date.PlusDays(-1);
        while (!IsWorkingDay(day))
        {
            day = day.PlusDays(-1);
        }

        return day;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public LocalDate FirstWorkingDayFrom(LocalDate date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    /// <summary>Working days in the half-open range (from, to]: the count a citizen waited in hverdage.</summary>
    public int WorkingDaysBetween(LocalDate from, LocalDate to)
    {
        var count = 0;
        for (var day = from.PlusDays(1); day <= to; day = day.PlusDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
