using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>How soon a visitator must act on a course: the overview's and the inbox's order.</summary>
public enum Urgency
{
    /// <summary>A deadline of the municipality's is breached and not yet met (the citizen's own reply deadline does not count).</summary>
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
    /// <summary>The urgency from what the read-model row publishes (the overview reads no history).</summary>
    public static Urgency Of(bool ended, IReadOnlyList<DeadlineProgress> deadlines, WorkingDayCalendar calendar, Instant now)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(calendar);
        if (ended)
        {
            return Urgency.Ended;
        }

        var today = Copenhagen.DateOf(now);
        var pending = deadlines.Where(d => d.Status == DeadlineStatus.Pending).ToList();
        return deadlines.Any(IsMunicipalitysBreach) ? Urgency.Breached
            : pending.Any(d => d.Due <= today) ? Urgency.DueToday
            : pending.Any(d => calendar.WorkingDaysBetween(today, d.Due) <= 2) ? Urgency.DueSoon
            : Urgency.Later;
    }

    /// <summary>A deadline of the municipality's that is breached: the citizen's own reply deadline, missed, asks nothing of it.</summary>
    public static bool IsMunicipalitysBreach(DeadlineProgress deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.Status == DeadlineStatus.Breached && deadline.Kind != DeadlineKind.CitizenReply;
    }

    /// <summary>The earliest deadline still to meet, or null.</summary>
    public static DeadlineProgress? NextDeadline(bool ended, IReadOnlyList<DeadlineProgress> deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return ended ? null : deadlines.Where(d => d.Status is DeadlineStatus.Pending or DeadlineStatus.Breached).MinBy(d => d.Due);
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
