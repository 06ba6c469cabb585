using Genoptraening.Domain.Courses;

namespace Genoptraening.Web.Dashboard;

/// <summary>Where a course is in its life, as the overview filters it.</summary>
public static class Phase
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["modtaget"] = "Modtaget",
        ["visiteret"] = "Visiteret",
        ["traening"] = "I træning",
        ["afsluttet"] = "Afsluttet",
    };

    public static string Of(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsEnded ? "afsluttet"
            : state.HasTrainingStarted ? "traening"
            : state.Has(OccurrenceType.Visitated) || state.Has(OccurrenceType.StartOffered) ? "visiteret"
            : "modtaget";
    }
}
