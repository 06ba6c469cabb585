using System.Text.Json;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Workflows.Simulation;

/// <summary>Reads one scenario or an array of them, reporting every problem with the field it is in.</summary>
public static class ScenarioReader
{
    /// <summary>The scenarios, whether the input was an array, and the problems (none when the input is valid).</summary>
    public static (IReadOnlyList<Scenario> Scenarios, bool IsArray, IReadOnlyList<FieldError> Problems) Read(string json, ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<FieldError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return ([], false, [new FieldError("(input)", $"malformed JSON: {e.Message}")]);
        }

        using (document)
        {
            var root = document.RootElement;
            var isArray = root.ValueKind == JsonValueKind.Array;
            var items = isArray ? root.EnumerateArray().Select((e, i) => (e, $"[{i}]")).ToList() : [(root, string.Empty)];
            var scenarios = items.Select(item => ReadScenario(item.Item1, item.Item2, catalog, errors)).OfType<Scenario>().ToList();
            return (scenarios, isArray, errors);
        }
    }

    private static Scenario? ReadScenario(JsonElement json, string prefix, ServiceCatalog catalog, List<FieldError> errors)
    {
        var errorsBefore = errors.Count;
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError(prefix.Length == 0 ? "(input)" : prefix, "expected a scenario object"));
            return null;
        }

        var fields = new JsonFieldReader(json, prefix, errors);
        var standard = ReadStandard(fields, catalog);
        var referral = ReadReferral(json, prefix, standard, errors);
        if (standard is not null && referral is not null && catalog.VersionFor(standard, referral.ReceivedDate) is null)
        {
            fields.Fail("referral.receivedAt", $"{standard} has no version in effect on {WireTime.Format(referral.ReceivedDate)}");
        }

        var events = ReadEvents(json, prefix, referral?.ReceivedAt, errors);
        var until = fields.Instant("until", required: true);
        var last = events.Count > 0 ? events[^1].At : referral?.ReceivedAt;
        if (until is { } u && last is { } l && u < l)
        {
            fields.Fail("until", $"lies before the last event or the receipt ({WireTime.Format(l)})");
        }

        if (until is { } end && Copenhagen.DateOf(end).Year > WorkingDayCalendar.LastYear - 1)
        {
            fields.Fail("until", $"lies beyond the calendar, which ends in {WorkingDayCalendar.LastYear}");
        }

        return errors.Count > errorsBefore || standard is null || referral is null || until is null
            ? null
            : new Scenario(standard, referral, events, until.Value);
    }

    private static StandardId? ReadStandard(JsonFieldReader fields, ServiceCatalog catalog)
    {
        var text = fields.Text("standard", required: true);
        if (text is null)
        {
            return null;
        }

        if (StandardId.TryParse(text, out var id) && catalog.Contains(id))
        {
            return id;
        }

        fields.Fail("standard", $"unknown standard '{text}'; known: {string.Join(", ", catalog.Standards)}");
        return null;
    }

    private static Referral? ReadReferral(JsonElement json, string prefix, StandardId? standard, List<FieldError> errors)
    {
        var fields = new JsonFieldReader(json, prefix, errors);
        if (fields.Value("referral", required: true) is not { } body)
        {
            return null;
        }

        var referralFields = new JsonFieldReader(body, fields.Path("referral"), errors);
        var receivedAt = referralFields.Instant("receivedAt", required: true);
        var discharge = referralFields.Date("dischargeDate");
        var startNotBefore = referralFields.Date("startNotBefore");
        var planType = OccurrenceJson.ReadOneOf(referralFields, "planType", WireNames.PlanTypes);
        var level = OccurrenceJson.ReadOneOf(referralFields, "level", WireNames.TrainingLevels);
        if (standard is { IsHealthAct: false } && (discharge is not null || startNotBefore is not null || planType is not null || level is not null))
        {
            var field = discharge is not null ? "dischargeDate" : startNotBefore is not null ? "startNotBefore" : planType is not null ? "planType" : "level";
            referralFields.Fail(field, $"only plans have it, and {standard} takes applications");
        }

        if (receivedAt is { } start && Copenhagen.DateOf(start).Year < WorkingDayCalendar.FirstYear)
        {
            referralFields.Fail("receivedAt", $"lies before the calendar, which starts in {WorkingDayCalendar.FirstYear}");
        }

        foreach (var (field, date) in new[] { ("dischargeDate", discharge), ("startNotBefore", startNotBefore) })
        {
            if (date is { Year: < WorkingDayCalendar.FirstYear })
            {
                referralFields.Fail(field, $"lies before the working-day calendar, which starts in {WorkingDayCalendar.FirstYear}");
            }
        }

        if (startNotBefore is { Year: >= WorkingDayCalendar.LastYear })
        {
            referralFields.Fail("startNotBefore", $"lies too late: the deadlines it anchors must fall within the working-day calendar, which ends with {WorkingDayCalendar.LastYear}");
        }

        if (discharge is { } d && receivedAt is { } r && d > Referral.LatestDischargeFor(Copenhagen.DateOf(r)))
        {
            referralFields.Fail("dischargeDate", $"lies more than {Referral.MaxDaysToExpectedDischarge} days after the plan was received");
        }

        return receivedAt is not { } at ? null
            : standard is { IsHealthAct: true } ? Referral.Plan(at, discharge, startNotBefore, planType, level)
            : Referral.Application(at);
    }

    private static List<Occurrence> ReadEvents(JsonElement json, string prefix, Instant? receivedAt, List<FieldError> errors)
    {
        var occurrences = new List<Occurrence>();
        var fields = new JsonFieldReader(json, prefix, errors);
        if (fields.Value("events", required: true) is not { } array)
        {
            return occurrences;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            fields.Fail("events", "expected an array");
            return occurrences;
        }

        var previous = receivedAt;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var eventFields = new JsonFieldReader(item, fields.Path($"events[{index++}]"), errors);
            var typeName = eventFields.Text("type", required: true);
            if (typeName is not null && !OccurrenceJson.TryParseType(typeName, out _))
            {
                eventFields.Fail("type", $"unknown event type '{typeName}'; expected one of: {OccurrenceJson.TypeNames}");
                continue;
            }

            if (typeName is null || !OccurrenceJson.TryParseType(typeName, out var type) || OccurrenceJson.Read(type, eventFields, null) is not { } occurrence)
            {
                continue;
            }

            if (previous is { } p && occurrence.At < p)
            {
                eventFields.Fail("at", $"events out of order: {WireTime.Format(occurrence.At)} lies before {WireTime.Format(p)}");
            }

            previous = occurrence.At;
            occurrences.Add(occurrence);
        }

        return occurrences;
    }
}
