using Genoptraening.Domain.Calendar;
using NodaTime;

namespace Genoptraening.Domain.Deadlines;

/// <summary>The instants a deadline's due date implies (RULES.md §§ 2 and 6), all pure functions of the calendar.</summary>
public static class DeadlineArithmetic
{
    /// <summary>The due date; with roll-forward a due date on a non-working day moves to the next working day.</summary>
    public static LocalDate DueDate(LocalDate anchor, DeadlineOffset offset, bool rollForward, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(offset);
        ArgumentNullException.ThrowIfNull(calendar);
        var due = offset.From(anchor, calendar);
        return rollForward ? calendar.FirstWorkingDayFrom(due) : due;
    }

    /// <summary>The breach instant: 00:00 Europe/Copenhagen on the day after the due date.</summary>
    public static Instant BreachInstant(LocalDate due) => Copenhagen.StartOfDay(due.PlusDays(1));

    /// <summary>The warning instant: 00:00 on the last working day strictly before the due date.</summary>
    public static Instant WarningInstant(LocalDate due, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Copenhagen.StartOfDay(calendar.LastWorkingDayBefore(due));
    }

    /// <summary>The level-2 instant: 00:00 on the day after the n-th working day after the due date.</summary>
    public static Instant Level2Instant(LocalDate due, int workingDaysAfterDue, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Copenhagen.StartOfDay(calendar.NthWorkingDayAfter(due, workingDaysAfterDue).PlusDays(1));
    }
}
