using Genoptraening.Domain.Courses;
using Genoptraening.Web.Intake;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The course page's event form: the event's type, its time (Danish time; empty is now) and the fields
/// that event takes (<see cref="FormFields"/>), read by the API's own event reader, so the same checks apply.
/// </summary>
public sealed class EventForm
{
    /// <summary>The events of RULES.md § 4 a visitator records, in Danish.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["CitizenContacted"] = "Borger kontaktet",
        ["Visitated"] = "Visiteret",
        ["ProviderContacted"] = "Leverandør kontaktet",
        ["InitialExaminationHeld"] = "Forundersøgelse holdt",
        ["StartOffered"] = "Opstart tilbudt",
        ["StartOfferDeclined"] = "Tilbud afslået (borger vil vente)",
        ["CitizenMissedResponseDeadline"] = "Borger svarede ikke i tide",
        ["TrainingStarted"] = "Træning startet",
        ["MidwayEvaluationHeld"] = "Midtvejsevaluering holdt",
        ["ExtensionGranted"] = "Forlængelse bevilget",
        ["NoShow"] = "Udeblivelse",
        ["CourseCompleted"] = "Forløb afsluttet (slutevaluering)",
        ["CourseCancelled"] = "Forløb annulleret",
        ["ExtendedFreeChoiceExercised"] = "Udvidet frit valg benyttet",
        ["CitizenInformedOfFreeChoice"] = "Borger informeret om udvidet frit valg",
        ["CitizenReplied"] = "Borger har svaret",
        ["FreeChoiceDeclined"] = "Borger afslår udvidet frit valg (venter på kommunens tilbud)",
        ["TransferredToOtherMunicipality"] = "Borger træner i en anden kommune",
        ["PlanMisdirected"] = "Planen er fejlsendt (hører til en anden kommune)",
    };

    /// <summary>The fields each event takes beside its time; the form shows only the chosen event's.</summary>
    public static IReadOnlyDictionary<string, string[]> FieldsOf { get; } = new Dictionary<string, string[]>
    {
        ["CitizenContacted"] = ["replyBy"],
        ["Visitated"] = ["granted", "level"],
        ["InitialExaminationHeld"] = ["goalsSet"],
        ["StartOffered"] = ["startDate"],
        ["ExtensionGranted"] = ["weeks"],
        ["CourseCompleted"] = ["goalsAttained", "continuation"],
        ["CourseCancelled"] = ["reason"],
        ["ProviderContacted"] = ["provider"],
        ["ExtendedFreeChoiceExercised"] = ["provider"],
        ["CitizenInformedOfFreeChoice"] = ["channel"],
        ["TransferredToOtherMunicipality"] = ["municipality"],
    };

    private readonly Dictionary<string, string> typed;

    private EventForm(Dictionary<string, string> typed) => this.typed = typed;

    public string Type => typed.GetValueOrDefault("type", string.Empty);

    public static EventForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new EventForm(form.ToDictionary(f => f.Key, f => f.Value.ToString().Trim(), StringComparer.Ordinal));
    }

    /// <summary>
    /// Records the event on the visitator's own course: the outcome in Danish, and the course's answer (null when
    /// the form itself was refused, before anything was sent; <see cref="CourseAnswer.NotFound"/> for no course of theirs).
    /// </summary>
    public async Task<(FormOutcome Outcome, CourseAnswer? Answer)> RecordAsync(
        Guid courseId, string municipality, string by, CourseService courses, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(courses);
        if (!Names.TryGetValue(Type, out var name) || !OccurrenceJson.TryParseType(Type, out var type))
        {
            return (FormOutcome.Refused("Vælg en hændelse.", typed), null);
        }

        var fields = new FormFields(typed, FieldsOf.GetValueOrDefault(Type, []));
        if (InputRules.ReadEvent(type, fields, now) is not { } occurrence)
        {
            return (FormOutcome.Refused(string.Join(" ", fields.Errors.Select(DanishReasons.Of)), typed), null);
        }

        var answer = await courses.SendAsync(courseId, new CourseCommand.Record(occurrence), by, course => course.Municipality == municipality, cancellationToken)
            .ConfigureAwait(false);
        return (FormOutcome.Of(answer, $"{name} registreret.", typed), answer);
    }
}
