using System.Text;
using System.Text.Json;
using Genoptraening.Domain;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Workflows.Reads;

/// <summary>The citizen's extended free choice as the inbox shows it: when it was triggered, by which deadline's breach, and when the citizen was recorded informed.</summary>
public sealed record FreeChoiceStatus(Instant TriggeredAt, DeadlineKind Kind, Instant? InformedAt);

/// <summary>
/// What the dashboard's inbox shows of a course: its open warnings and escalations, and its extended free
/// choice. Published by every step with the read-model row (<see cref="Encode"/>, a short JSON); a course
/// with an open alert also gets a row in the municipality's inbox range, most urgent first, so the inbox
/// is one range read of just those courses instead of a history read per course.
/// </summary>
/// <param name="Open">The open alerts, the most urgent first: level 2 before 1 before warnings, older before newer.</param>
/// <param name="FreeChoice">Null unless the extended free choice is triggered.</param>
public sealed record CourseAlerts(IReadOnlyList<Alert> Open, FreeChoiceStatus? FreeChoice)
{
    public static CourseAlerts Of(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var freeChoice = state.FreeChoiceTriggeredAt is { } at && FreeChoiceBreach.KindOf(state) is { } kind
            ? new FreeChoiceStatus(at, kind, FreeChoiceBreach.Informed(state)?.At)
            : null;
        return new CourseAlerts(MostUrgentFirst(state.OpenAlerts), freeChoice);
    }

    /// <summary>The alert that places the course in the inbox; null when none is open.</summary>
    public Alert? MostUrgent => Open.Count == 0 ? null : Open[0];

    /// <summary>
    /// Whether <paramref name="alert"/> is the breach that triggered the free choice: acknowledged only by
    /// recording that the citizen was informed, never with the course's other alerts.
    /// </summary>
    public bool IsFreeChoiceBreach(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return FreeChoice is { } freeChoice && alert.Level == 1 && alert.Kind == freeChoice.Kind;
    }

    public static IReadOnlyList<Alert> MostUrgentFirst(IEnumerable<Alert> alerts) => [.. alerts.OrderByDescending(a => a.Level).ThenBy(a => a.At)];

    /// <summary>E.g. <c>{"open":[["startGuarantee",1,"2026-05-18T22:00:00Z"]],"freeChoice":{"triggeredAt":"2026-05-18T22:00:00Z","kind":"startGuarantee","informedAt":null}}</c>.</summary>
    public string Encode()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("open");
            foreach (var alert in Open)
            {
                w.WriteStartArray();
                w.WriteStringValue(alert.Kind.ToWireName());
                w.WriteNumberValue(alert.Level);
                w.WriteStringValue(InstantPattern.ExtendedIso.Format(alert.At));
                w.WriteEndArray();
            }

            w.WriteEndArray();
            if (FreeChoice is { } freeChoice)
            {
                w.WriteStartObject("freeChoice");
                w.WriteString("triggeredAt", InstantPattern.ExtendedIso.Format(freeChoice.TriggeredAt));
                w.WriteString("kind", freeChoice.Kind.ToWireName());
                if (freeChoice.InformedAt is { } informed)
                {
                    w.WriteString("informedAt", InstantPattern.ExtendedIso.Format(informed));
                }
                else
                {
                    w.WriteNull("informedAt");
                }

                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("freeChoice");
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads <see cref="Encode"/>'s text back; throws on a text it did not write (<see cref="FormatException"/> for an unknown value, a JSON exception for malformed JSON).</summary>
    public static CourseAlerts Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var open = root.GetProperty("open").EnumerateArray().Select(a => a.EnumerateArray().ToArray() is [var kind, var level, var at]
            && WireNames.TryParse<DeadlineKind>(kind.GetString(), out var k) && level.TryGetInt32(out var l)
                ? new Alert(k, l, InstantOf(at))
                : throw new FormatException($"Not an open alert: '{a.GetRawText()}'.")).ToList();
        var freeChoice = root.GetProperty("freeChoice") is { ValueKind: JsonValueKind.Object } f
            ? new FreeChoiceStatus(
                InstantOf(f.GetProperty("triggeredAt")),
                WireNames.TryParse<DeadlineKind>(f.GetProperty("kind").GetString(), out var kind) ? kind : throw new FormatException($"Not a deadline: '{f.GetRawText()}'."),
                f.GetProperty("informedAt") is { ValueKind: JsonValueKind.String } informed ? InstantOf(informed) : null)
            : null;
        return new CourseAlerts(open, freeChoice);
    }

    private static Instant InstantOf(JsonElement text) =>
        InstantPattern.ExtendedIso.Parse(text.GetString() ?? string.Empty) is { Success: true } parsed
            ? parsed.Value
            : throw new FormatException($"Not an instant: '{text.GetRawText()}'.");
}
