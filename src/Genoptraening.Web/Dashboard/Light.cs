using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>A deadline as a traffic light: red breached, yellow due within two working days, green met, grey otherwise.</summary>
public sealed record Light(string Label, string Colour, string Title)
{
    public static Light For(DeadlineState deadline, Instant now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return For(new DeadlineProgress(deadline.Kind, deadline.Due, deadline.Status), now, calendar);
    }

    /// <summary>The light from what the read-model row publishes (the overview reads no history).</summary>
    public static Light For(DeadlineProgress deadline, Instant now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(calendar);
        var label = Danish(deadline.Kind);
        var due = deadline.Due.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return deadline.Status switch
        {
            DeadlineStatus.Breached => new(label, "red", $"Overskredet, frist {due}"),
            DeadlineStatus.Met => new(label, "green", $"Opfyldt, frist {due}"),
            DeadlineStatus.MetLate => new(label, "green", $"Opfyldt for sent, frist {due}"),
            DeadlineStatus.Pending when calendar.WorkingDaysBetween(Copenhagen.DateOf(now), deadline.Due) <= 2 => new(label, "yellow", $"Frist {due}, inden for to hverdage"),
            DeadlineStatus.Pending => new(label, "grey", $"Frist {due}"),
            DeadlineStatus.Waived => new(label, "grey", "Frafaldet"),
            _ => new(label, "grey", "Annulleret"),
        };
    }

    public static string Danish(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Contact => "Kontakt",
        DeadlineKind.Decision => "Afgørelse",
        DeadlineKind.ProviderContact => "Kontakt til leverandør",
        DeadlineKind.InitialExamination => "Forundersøgelse",
        DeadlineKind.Start => "Opstart",
        DeadlineKind.StartGuarantee => "Opstartsgaranti",
        DeadlineKind.MidwayEvaluation => "Midtvejsevaluering",
        DeadlineKind.CitizenReply => "Borgerens svarfrist",
        DeadlineKind.FreeChoiceNotice => "Besked om frit valg",
        _ => "Afslutning",
    };
}
