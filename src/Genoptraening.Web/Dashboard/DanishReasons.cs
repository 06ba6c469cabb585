using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// Why the course or a form refused something, as the dashboard tells a visitator, in Danish: looked up by the
/// refusal's code (<see cref="RejectionCode"/>, <see cref="FieldProblem"/>), never read out of the API's English.
/// </summary>
public static class DanishReasons
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
        ["channel"] = "Informeret via",
    };

    public static string Of(Decision.Rejected rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var args = rejected.Args;
        string Arg(int i) => i < args.Length ? args[i] : string.Empty;
        return rejected.Code switch
        {
            RejectionCode.NotStarted => "Forløbet er ikke startet endnu.",
            RejectionCode.StillStarting => "Forløbet er ved at blive oprettet; prøv igen om et øjeblik.",
            RejectionCode.Ended => WireNames.Outcomes.TryParse(Arg(0), out var outcome)
                ? $"Forløbet er afsluttet ({Danish.Outcome(outcome)})."
                : "Forløbet er afsluttet.",
            RejectionCode.AtInTheFuture => "Tidspunktet ligger i fremtiden.",
            RejectionCode.AtBeforeLastEvent => "Tidspunktet ligger før forløbets seneste hændelse.",
            RejectionCode.TrainingAlreadyStarted => "Træningen er allerede startet.",
            RejectionCode.NeedsTrainingStarted => "Kan ikke registreres, før træningen er startet.",
            RejectionCode.FreeChoiceNotTriggered => "Udvidet frit valg er ikke udløst for dette forløb.",
            RejectionCode.StartDateBeforeOffer => "Startdatoen ligger før tilbuddet blev givet.",
            RejectionCode.NotFromAPlan => "Forløbet er startet af en ansøgning, ikke af en genoptræningsplan.",
            RejectionCode.ReplyByBeforeContact => "Borgerens svarfrist skal ligge fra kontaktdagen og frem.",
            RejectionCode.DateOutsideCalendar => "Datoen ligger før kalenderen.",
            RejectionCode.ProviderNotOnList => $"Leverandøren '{Arg(0)}' er ikke på frit valg-listen; vælg en leverandør fra listen.",
            RejectionCode.ProviderNotApproved => $"Leverandøren '{Arg(0)}' er ikke en af kommunens godkendte leverandører; vælg en fra listen.",
            RejectionCode.ProviderLacksLevel => $"Leverandøren '{Arg(0)}' tilbyder ikke det niveau, planen beder om ({Arg(1)}).",
            RejectionCode.CommentRequired => "Skriv en kommentar.",
            RejectionCode.NoSuchAlert => Arg(0) == "0" ? "Der er ikke givet et varsel for denne frist." : $"Der er ikke eskaleret på niveau {Arg(0)} for denne frist.",
            RejectionCode.AlreadyAcknowledged => "Der er allerede kvitteret.",
            RejectionCode.ExtensionTooShort => "Forlængelsen skal være mindst 1 uge.",
            RejectionCode.NoExtensionAllowed => "Serviceniveauet tillader ikke forlængelse.",
            RejectionCode.EndBreached => WireTime.TryParseDate(Arg(0), out var due)
                ? $"Fristen for afslutning ({Danish.Date(due)}) er overskredet; forløbet kan ikke længere forlænges."
                : "Fristen for afslutning er overskredet; forløbet kan ikke længere forlænges.",
            RejectionCode.EndNotPending => "Fristen for afslutning kan ikke længere forlænges.",
            RejectionCode.ExtensionBeyondMaximum => $"Serviceniveauet tillader højst {Arg(1)} ugers forlængelse i alt; {Arg(2)} er allerede bevilget.",
            _ => rejected.Field is { } field ? $"Afvist ({FieldName(field)}): {rejected.Reason}" : $"Afvist: {rejected.Reason}",
        };
    }

    public static string Of(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = error.Problem switch
        {
            FieldProblem.Required => "skal udfyldes.",
            FieldProblem.NotAWholeNumber => "skal være et helt tal.",
            FieldProblem.NotADate => "skal være en dato som dd-mm-åååå, f.eks. 15-06-2026.",
            FieldProblem.NotAnInstant => "skal være en dato og et klokkeslæt som dd-mm-åååå tt:mm, f.eks. 15-06-2026 10:30.",
            FieldProblem.NotAString or FieldProblem.NotTrueOrFalse or FieldProblem.NotOneOf => "har en ugyldig værdi.",
            FieldProblem.TooLong => $"må højst være {error.Argument} tegn.",
            FieldProblem.OutsideCalendar => "ligger uden for de år, kalenderen dækker.",
            FieldProblem.InTheFuture => "ligger i fremtiden.",
            _ => null,
        };
        return text is null ? $"Afvist ({FieldName(error.Field)}): {error.Message}" : $"{FieldName(error.Field)}: {text}";
    }

    private static string FieldName(string field) => Fields.GetValueOrDefault(field, field);
}
