using System.Text.Json;
using System.Text.Json.Nodes;
using Genoptraening.Domain.Calendar;
using Genoptraening.Web.Endpoints;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The course page's event form: the event's type, its time (Danish time; empty is now) and the fields
/// that event takes, read as the API reads an event's JSON, so the same checks and reasons apply.
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
    };

    /// <summary>The fields each event takes beside its time; the form shows only the chosen event's.</summary>
    public static IReadOnlyDictionary<string, string[]> FieldsOf { get; } = new Dictionary<string, string[]>
    {
        ["Visitated"] = ["granted", "level"],
        ["InitialExaminationHeld"] = ["goalsSet"],
        ["StartOffered"] = ["startDate"],
        ["ExtensionGranted"] = ["weeks"],
        ["CourseCompleted"] = ["goalsAttained", "continuation"],
        ["CourseCancelled"] = ["reason"],
        ["ExtendedFreeChoiceExercised"] = ["provider"],
    };

    private static readonly string[] Flags = ["granted", "goalsSet", "goalsAttained"];
    private static readonly LocalDateTimePattern LocalTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private readonly Dictionary<string, string> typed;

    private EventForm(Dictionary<string, string> typed) => this.typed = typed;

    public string Type => typed.GetValueOrDefault("type", string.Empty);

    public static EventForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new EventForm(form.ToDictionary(f => f.Key, f => f.Value.ToString().Trim(), StringComparer.Ordinal));
    }

    /// <summary>Records the event on the visitator's own course; null when there is no such course of theirs.</summary>
    public async Task<FormOutcome?> RecordAsync(Guid courseId, string municipality, CourseRequests requests, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (!Names.TryGetValue(Type, out var name) || !OccurrenceJson.TryParseType(Type, out var type))
        {
            return FormOutcome.Refused("Vælg en hændelse.", typed);
        }

        var errors = new List<FieldError>();
        using var document = JsonDocument.Parse(Body().ToJsonString());
        if (InputRules.ReadEvent(type, document.RootElement, now, errors) is not { } occurrence)
        {
            return FormOutcome.Refused(string.Join(" ", errors.Select(e => DanishReasons.Of(e.Field, e.Message))), typed);
        }

        var result = await requests.RecordAsync(courseId, occurrence, course => course.Municipality == municipality, cancellationToken).ConfigureAwait(false);
        return result is RequestResult.NotFound ? null : FormOutcome.Of(result, $"{name} registreret.", typed);
    }

    /// <summary>The event's JSON as the API takes it: the chosen event's fields only, the time from Danish time.</summary>
    private JsonObject Body()
    {
        var body = new JsonObject();
        if (typed.GetValueOrDefault("at") is { Length: > 0 } at)
        {
            body["at"] = LocalTime.Parse(at) is { Success: true } local ? WireTime.Format(local.Value.InZoneLeniently(Copenhagen.Zone).ToInstant()) : at;
        }

        foreach (var field in FieldsOf.GetValueOrDefault(Type, []))
        {
            if (typed.GetValueOrDefault(field) is not { Length: > 0 } text)
            {
                continue;
            }

            body[field] = Flags.Contains(field) && bool.TryParse(text, out var flag) ? flag
                : field == "weeks" && int.TryParse(text, out var weeks) ? weeks
                : text;
        }

        return body;
    }
}
