using System.Text.Json.Nodes;
using Genoptraening.Api.Dashboard;
using Genoptraening.Api.Endpoints;
using Genoptraening.Web.Endpoints;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Genoptraening.Api.Pages;

/// <summary>One course: its deadlines, a timeline, and a form to record the events of RULES.md § 4 with the API's validation and messages.</summary>
public sealed class CourseModel(CourseReader reader, CourseRequests requests, IClock clock) : PageModel
{
    public static IReadOnlyDictionary<string, string> EventTypes { get; } = new Dictionary<string, string>
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

    public CourseRecord? Course { get; private set; }

    public Instant Now { get; private set; }

    public string? Message { get; private set; }

    public bool Succeeded { get; private set; }

    public IReadOnlyList<(Instant At, string Text)> Timeline { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string type, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var body = new JsonObject();
        foreach (var field in new[] { "at", "startDate", "continuation", "reason", "provider", "level" })
        {
            if (Request.Form[field].ToString() is { Length: > 0 } text)
            {
                body[field] = text;
            }
        }

        foreach (var field in new[] { "granted", "goalsAttained" })
        {
            if (bool.TryParse(Request.Form[field].ToString(), out var flag))
            {
                body[field] = flag;
            }
        }

        if (Request.Form["weeks"].ToString() is { Length: > 0 } weeks)
        {
            body["weeks"] = int.TryParse(weeks, out var n) ? n : weeks;
        }

        Message = await RecordAsync(id, type, body, cancellationToken);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public string Local(Instant? instant) => instant is { } i ? WireTime.Format(i)[..16].Replace('T', ' ') : string.Empty;

    private async Task<string> RecordAsync(Guid id, string type, JsonObject body, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        using var document = System.Text.Json.JsonDocument.Parse(body.ToJsonString());
        if (!OccurrenceJson.TryParseType(type, out var occurrenceType))
        {
            return $"type: ukendt hændelse '{type}'";
        }

        if (OccurrenceJson.Read(occurrenceType, new JsonFieldReader(document.RootElement, string.Empty, errors), clock.GetCurrentInstant()) is not { } occurrence)
        {
            return string.Join("; ", errors);
        }

        InputRules.Event(occurrence, errors);
        if (errors.Count > 0)
        {
            return string.Join("; ", errors);
        }

        var municipality = DashboardAuthentication.MunicipalityOf(User);
        switch (await requests.RecordAsync(id, occurrence, course => course.Municipality == municipality, cancellationToken))
        {
            case RequestResult.Accepted:
                Succeeded = true;
                return $"{EventTypes[type]} registreret.";
            case RequestResult.Refused refused:
                return refused.Field is null ? refused.Reason : $"{refused.Field}: {refused.Reason}";
            case RequestResult.Pending:
                return "Hændelsen er modtaget og registreres om et øjeblik; opdater siden.";
            default:
                return "Forløbet findes ikke.";
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Course = await reader.LoadAsync(id, cancellationToken);
        if (Course is null || Course.Municipality != DashboardAuthentication.MunicipalityOf(User))
        {
            return false;
        }

        Now = clock.GetCurrentInstant();
        var state = Course.State;
        Timeline = [.. state.Occurrences.Select(o => (o.At, EventTypes.TryGetValue(o.Type.ToString(), out var text) ? text : o.Type.ToString()))
            .Concat(state.Alerts.Select(a => (a.At, a.IsWarning ? $"Varsel: {Light.Danish(a.Kind)}" : $"Eskalering niveau {a.Level}: {Light.Danish(a.Kind)}")))
            .Concat(state.Alerts.Where(a => a.Acknowledged is not null).Select(a => (a.Acknowledged!.At, $"Kvitteret ({Light.Danish(a.Kind)}): {a.Acknowledged.Comment}")))
            .Prepend((state.Referral!.ReceivedAt, "Henvisning modtaget"))
            .OrderBy(e => e.Item1)];
        return true;
    }
}
