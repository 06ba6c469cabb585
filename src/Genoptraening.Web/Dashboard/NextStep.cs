using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// What to do next on a course, in Danish, from what its read-model row publishes: inform the citizen of a
/// triggered free choice first; then the action of the deadline breached longest ago, or else of the next
/// one due; with no deadline open, what the course waits for (a § 86 course contacted but not yet visitated
/// "afventer visitation").
/// </summary>
public static class NextStep
{
    public static string Of(bool ended, CourseProgress progress, StandardId standard)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(standard);
        if (ended)
        {
            return "Intet: forløbet er afsluttet";
        }

        if (progress.FreeChoiceInformed == false)
        {
            return "Informér borgeren om udvidet frit valg";
        }

        if (progress.Deadlines.Where(Urgencies.IsMunicipalitysBreach).MinBy(d => d.Due) is { } breached)
        {
            return $"{Action(breached.Kind)} (fristen var {Danish.Date(breached.Due)})";
        }

        if (progress.Deadlines.Where(d => d.Status == DeadlineStatus.Pending).MinBy(d => d.Due) is { } next)
        {
            return $"{Action(next.Kind)} senest {Danish.Date(next.Due)}";
        }

        return !progress.Contacted ? "Kontakt borgeren"
            : !progress.Visitated ? standard.IsHealthAct ? "Tilbyd borgeren en opstart" : "Afventer visitation: visitér borgeren"
            : !progress.TrainingStarted ? "Afventer træningsstart"
            : "Afventer slutevaluering: afslut forløbet";
    }

    /// <summary>What meets a deadline, as an instruction.</summary>
    public static string Action(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Contact => "Kontakt borgeren",
        DeadlineKind.Decision => "Træf afgørelse ved visitation",
        DeadlineKind.ProviderContact => "Leverandøren skal kontakte borgeren",
        DeadlineKind.InitialExamination => "Hold forundersøgelsen",
        DeadlineKind.Start => "Start træningen",
        DeadlineKind.StartGuarantee => "Tilbyd borgeren en opstart",
        DeadlineKind.MidwayEvaluation => "Hold midtvejsevaluering",
        DeadlineKind.CitizenReply => "Afvent borgerens svar",
        DeadlineKind.FreeChoiceNotice => "Informér borgeren om udvidet frit valg",
        _ => "Afslut forløbet med slutevaluering",
    };
}
