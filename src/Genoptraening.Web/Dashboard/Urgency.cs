using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>How soon a visitator must act on a course: the overview's and the inbox's order.</summary>
public enum Urgency
{
    /// <summary>A deadline is breached and not yet met.</summary>
    Breached,

    /// <summary>A deadline falls due today.</summary>
    DueToday,

    /// <summary>A deadline falls due within two working days.</summary>
    DueSoon,

    Later,

    Ended,
}

/// <summary>A course's urgency and its next deadline on a given day.</summary>
public static class Urgencies
{
    public static Urgency Of(CourseState state, Instant now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsEnded)
        {
            return Urgency.Ended;
        }

        var today = Copenhagen.DateOf(now);
        var pending = state.Deadlines.Where(d => d.Status == DeadlineStatus.Pending).ToList();
        return state.Deadlines.Any(d => d.Status == DeadlineStatus.Breached) ? Urgency.Breached
            : pending.Any(d => d.Due <= today) ? Urgency.DueToday
            : pending.Any(d => state.Rules!.Calendar.WorkingDaysBetween(today, d.Due) <= 2) ? Urgency.DueSoon
            : Urgency.Later;
    }

    /// <summary>The earliest deadline still to meet, or null.</summary>
    public static DeadlineState? NextDeadline(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsEnded ? null : state.Deadlines.Where(d => d.Status is DeadlineStatus.Pending or DeadlineStatus.Breached).MinBy(d => d.Due);
    }

    public static string Danish(Urgency urgency) => urgency switch
    {
        Urgency.Breached => "Overskredet",
        Urgency.DueToday => "Frist i dag",
        Urgency.DueSoon => "Frist inden for to hverdage",
        Urgency.Later => "Senere",
        _ => "Afsluttet",
    };
}
