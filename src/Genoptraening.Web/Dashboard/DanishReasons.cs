using System.Text.RegularExpressions;
using Genoptraening.Domain;
using Genoptraening.Domain.Courses;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The API's reasons for refusing an event (English, in its contract) as the dashboard shows them to a
/// visitator, in Danish. A reason not known here is shown as the API gave it, after "Afvist:".
/// </summary>
public static partial class DanishReasons
{
    private static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["at"] = "Tidspunkt",
        ["startDate"] = "Startdato",
        ["weeks"] = "Uger",
        ["granted"] = "Bevilget",
        ["level"] = "Niveau",
        ["goalsSet"] = "Mål sat",
        ["goalsAttained"] = "Mål nået",
        ["continuation"] = "Træner videre hos",
        ["reason"] = "Årsag",
        ["provider"] = "Leverandør",
        ["comment"] = "Kommentar",
    };

    private static readonly (Regex Pattern, string Danish)[] Reasons =
    [
        (new(@"^(\w+) is not possible before TrainingStarted$"), "Kan ikke registreres, før træningen er startet."),
        (new(@"^training has already started$"), "Træningen er allerede startet."),
        (new(@"^the course has not started$"), "Forløbet er ikke startet endnu."),
        (new(@"^at (.+) lies in the future$"), "Tidspunktet ligger i fremtiden."),
        (new(@"^at (.+) lies before the course's last event \((.+)\)$"), "Tidspunktet ligger før forløbets seneste hændelse."),
        (new(@"^lies in the future$"), "ligger i fremtiden."),
        (new(@"^extended free choice has not been triggered for this course$"), "Udvidet frit valg er ikke udløst for dette forløb."),
        (new(@"^startDate (.+) lies before the offer was made$"), "Startdatoen ligger før tilbuddet blev givet."),
        (new(@"^a comment is required$"), "Skriv en kommentar."),
        (new(@"^is required$"), "skal udfyldes."),
        (new(@"^no warning was raised for (\w+)$"), "Der er ikke givet et varsel for denne frist."),
        (new(@"^no level-(\d) escalation was raised for (\w+)$"), "Der er ikke eskaleret på niveau $1 for denne frist."),
        (new(@"^it has already been acknowledged$"), "Der er allerede kvitteret."),
        (new(@"^weeks must be at least 1 \(found (-?\d+)\)$"), "Forlængelsen skal være mindst 1 uge."),
        (new(@"^(\S+) allows no extension$"), "Serviceniveauet tillader ikke forlængelse."),
        (new(@"^the end deadline \((.+)\) was breached; it can no longer be extended$"), "Fristen for afslutning ($1) er overskredet; forløbet kan ikke længere forlænges."),
        (new(@"^the end deadline is (\w+)$"), "Fristen for afslutning kan ikke længere forlænges."),
        (new(@"^(\S+) allows at most (\d+) weeks of extension in all; (\d+) already granted$"), "Serviceniveauet tillader højst $2 ugers forlængelse i alt; $3 er allerede bevilget."),
        (new(@"^expected basal or avanceret$"), "vælg basal eller avanceret."),
        (new(@"^may be at most (\d+) characters$"), "må højst være $1 tegn."),
        (new(@"^expected a date"), "skal være en dato."),
        (new(@"^expected (a|an) .*$"), "har en ugyldig værdi."),
    ];

    public static string Of(string? field, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (EndedCourse().Match(reason) is { Success: true } ended)
        {
            return WireNames.TryParse<CourseOutcome>(ended.Groups[1].Value, out var outcome) ? $"Forløbet er afsluttet ({Danish.Outcome(outcome)})." : "Forløbet er afsluttet.";
        }

        var fieldName = field is null ? null : Fields.GetValueOrDefault(field, field);
        foreach (var (pattern, danish) in Reasons)
        {
            if (pattern.IsMatch(reason))
            {
                var text = pattern.Replace(reason, danish);
                return fieldName is null || char.IsUpper(text[0]) ? text : $"{fieldName}: {text}";
            }
        }

        return fieldName is null ? $"Afvist: {reason}" : $"Afvist ({fieldName}): {reason}";
    }

    [GeneratedRegex(@"^the course has ended \(outcome: (\w+)\)$")]
    private static partial Regex EndedCourse();
}
