using System.Text;
using System.Text.Json;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>A course's open alerts and free choice as its read-model row's <c>Alerts</c> column holds them: a short JSON.</summary>
public static class AlertsText
{
    /// <summary>E.g. <c>{"open":[["startGuarantee",1,"2026-05-18T22:00:00Z"]],"freeChoice":{"triggeredAt":"2026-05-18T22:00:00Z","kind":"startGuarantee","informedAt":null}}</c>.</summary>
    public static string Encode(CourseAlerts alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("open");
            foreach (var alert in alerts.Open)
            {
                w.WriteStartArray();
                w.WriteStringValue(alert.Kind.ToWireName());
                w.WriteNumberValue(alert.Level);
                w.WriteStringValue(InstantPattern.ExtendedIso.Format(alert.At));
                w.WriteEndArray();
            }

            w.WriteEndArray();
            if (alerts.FreeChoice is { } freeChoice)
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

                if (freeChoice.Channel is { } channel)
                {
                    w.WriteString("channel", channel.ToWireName());
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
            ? new FreeChoice(
                InstantOf(f.GetProperty("triggeredAt")),
                WireNames.TryParse<DeadlineKind>(f.GetProperty("kind").GetString(), out var kind) ? kind : throw new FormatException($"Not a deadline: '{f.GetRawText()}'."))
            {
                InformedAt = f.GetProperty("informedAt") is { ValueKind: JsonValueKind.String } informed ? InstantOf(informed) : null,
                Channel = f.TryGetProperty("channel", out var channel)
                    ? WireNames.TryParse<InformationChannel>(channel.GetString(), out var c) ? c : throw new FormatException($"Not a channel: '{f.GetRawText()}'.")
                    : null,
            }
            : null;
        return new CourseAlerts(open, freeChoice);
    }

    private static Instant InstantOf(JsonElement text) =>
        InstantPattern.ExtendedIso.Parse(text.GetString() ?? string.Empty) is { Success: true } parsed
            ? parsed.Value
            : throw new FormatException($"Not an instant: '{text.GetRawText()}'.");
}
