using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Deadlines;

/// <summary>How far a deadline lies from its anchor date, e.g. 5 working days or 3 months.</summary>
public sealed record DeadlineOffset(int Amount, OffsetUnit Unit)
{
    /// <summary>The due date for an anchor date (no roll-forward).</summary>
    public LocalDate From(LocalDate anchor, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            OffsetUnit.Days => anchor.PlusDays(Amount),
            OffsetUnit.Weeks => anchor.PlusWeeks(Amount),
            OffsetUnit.Months => anchor.PlusMonths(Amount),
            OffsetUnit.WorkingDays => calendar.NthWorkingDayAfter(anchor, Amount),
            _ => throw new InvalidOperationException($"Unknown offset unit {Unit}."),
        };
    }

    public override string ToString() => $"{Amount} {Unit.ToWireName()}";
}
