using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Web.Dashboard;

/// <summary>Where a course is in its life (received, contacted, visitated or offered a start, in training, ended), as the overview filters it.</summary>
public static class Phase
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["modtaget"] = "Modtaget",
        ["kontaktet"] = "Kontaktet",
        ["visiteret"] = "Visiteret",
        ["traening"] = "I træning",
        ["afsluttet"] = "Afsluttet",
    };

    public static string Of(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Of(state.IsEnded, CourseProgress.Of(state));
    }

    /// <summary>The phase from what the read-model row publishes (the overview reads no history).</summary>
    public static string Of(bool ended, CourseProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return ended ? "afsluttet"
            : progress.TrainingStarted ? "traening"
            : progress.Visitated ? "visiteret"
            : progress.Contacted ? "kontaktet"
            : "modtaget";
    }
}
