using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using NodaTime.Text;
using static Genoptraening.Domain.Courses.CourseEvent;

namespace Genoptraening.Workflows.Serialization;

/// <summary>
/// A course event as stored: its type name and a JSON body. <see cref="CourseStarted"/> stores the
/// standard's id and version only; loading resolves them in the catalog, which keeps every version.
/// </summary>
public static class CourseEventJson
{
    public static (string Type, string Data) Serialize(CourseEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("at", InstantPattern.ExtendedIso.Format(e.At));
            WriteFields(writer, e);
            writer.WriteEndObject();
        }

        return (StoredNames.Of(e), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public static CourseEvent Deserialize(string type, string data, Func<StandardId, int, StandardVersion> resolveStandard)
    {
        ArgumentNullException.ThrowIfNull(resolveStandard);
        using var document = JsonDocument.Parse(data);
        var json = document.RootElement;
        var at = InstantPattern.ExtendedIso.Parse(json.GetProperty("at").GetString()!).Value;
        return type switch
        {
            StoredNames.CourseStarted => ReadStarted(json, at, resolveStandard),
            StoredNames.OccurrenceRecorded => new OccurrenceRecorded(OccurrenceJson.ReadStored(json.GetProperty("occurrence"), at)),
            StoredNames.DeadlineOpened => new DeadlineOpened(at, Kind(json), Date(json, "due"), Instant(json, "breachAt"), OptionalInstant(json, "warningAt")),
            StoredNames.DeadlineMet => new DeadlineMet(at, Kind(json)),
            StoredNames.DeadlineMetLate => new DeadlineMetLate(at, Kind(json)),
            StoredNames.DeadlineBreached => new DeadlineBreached(at, Kind(json), OptionalInstant(json, "level2At")),
            StoredNames.DeadlineWaived => new DeadlineWaived(at, Kind(json), StoredNames.OccurrenceTypes.Parse(json.GetProperty("waivedBy").GetString())),
            StoredNames.DeadlineExtended => new DeadlineExtended(
                at, Kind(json), Date(json, "due"), Instant(json, "breachAt"), OptionalInstant(json, "warningAt"), json.GetProperty("extendedWeeks").GetInt32()),
            StoredNames.DeadlineCancelled => new DeadlineCancelled(at, Kind(json)),
            StoredNames.DeadlineRescheduled => new DeadlineRescheduled(at, Kind(json), Date(json, "due"), Instant(json, "breachAt"), OptionalInstant(json, "warningAt")),
            StoredNames.WarningRaised => new WarningRaised(at, Kind(json)),
            StoredNames.EscalationRaised => new EscalationRaised(at, Kind(json), json.GetProperty("level").GetInt32()),
            StoredNames.FreeChoiceTriggered => new FreeChoiceTriggered(at, Kind(json)),
            StoredNames.CourseEnded => new CourseEnded(at, StoredNames.Outcomes.Parse(json.GetProperty("outcome").GetString())),
            StoredNames.AlertAcknowledged => new AlertAcknowledged(
                at, Kind(json), json.GetProperty("level").GetInt32(), json.GetProperty("comment").GetString()!, json.GetProperty("by").GetString()!),
            _ => throw new InvalidOperationException($"Unknown stored event type '{type}'."),
        };
    }

    private static void WriteFields(Utf8JsonWriter w, CourseEvent e)
    {
        switch (e)
        {
            case CourseStarted s:
                ReferralJson.Write(w, s.Rules, s.Referral);
                break;
            case OccurrenceRecorded r:
                w.WriteStartObject("occurrence");
                OccurrenceJson.Write(w, r.Occurrence);
                w.WriteEndObject();
                break;
            case DeadlineOpened o:
                WriteDeadline(w, o.Kind, o.Due, o.BreachAt, o.WarningAt);
                break;
            case DeadlineExtended x:
                WriteDeadline(w, x.Kind, x.Due, x.BreachAt, x.WarningAt);
                w.WriteNumber("extendedWeeks", x.ExtendedWeeks);
                break;
            case DeadlineRescheduled x:
                WriteDeadline(w, x.Kind, x.Due, x.BreachAt, x.WarningAt);
                break;
            case DeadlineBreached b:
                w.WriteString("kind", b.Kind.ToWireName());
                WriteInstant(w, "level2At", b.Level2At);
                break;
            case DeadlineWaived waived:
                w.WriteString("kind", waived.Kind.ToWireName());
                w.WriteString("waivedBy", StoredNames.OccurrenceTypes.NameOf(waived.WaivedBy));
                break;
            case EscalationRaised x:
                w.WriteString("kind", x.Kind.ToWireName());
                w.WriteNumber("level", x.Level);
                break;
            case CourseEnded ended:
                w.WriteString("outcome", StoredNames.Outcomes.NameOf(ended.Outcome));
                break;
            case AlertAcknowledged a:
                w.WriteString("kind", a.Kind.ToWireName());
                w.WriteNumber("level", a.Level);
                w.WriteString("comment", a.Comment);
                w.WriteString("by", a.By);
                break;
            case DeadlineMet or DeadlineMetLate or DeadlineCancelled or WarningRaised or FreeChoiceTriggered:
                w.WriteString("kind", KindOf(e).ToWireName());
                break;
        }
    }

    private static DeadlineKind KindOf(CourseEvent e) => e switch
    {
        DeadlineMet m => m.Kind,
        DeadlineMetLate m => m.Kind,
        DeadlineCancelled c => c.Kind,
        WarningRaised w => w.Kind,
        FreeChoiceTriggered f => f.Kind,
        _ => throw new ArgumentException($"{e.GetType().Name} names no single deadline.", nameof(e)),
    };

    private static void WriteDeadline(Utf8JsonWriter w, DeadlineKind kind, LocalDate due, Instant breachAt, Instant? warningAt)
    {
        w.WriteString("kind", kind.ToWireName());
        w.WriteString("due", WireTime.Format(due));
        WriteInstant(w, "breachAt", breachAt);
        WriteInstant(w, "warningAt", warningAt);
    }

    private static void WriteInstant(Utf8JsonWriter w, string name, Instant? value)
    {
        if (value is { } instant)
        {
            w.WriteString(name, InstantPattern.ExtendedIso.Format(instant));
        }
    }

    private static CourseStarted ReadStarted(JsonElement json, Instant at, Func<StandardId, int, StandardVersion> resolveStandard)
    {
        var (rules, referral) = ReferralJson.Read(json, resolveStandard);
        return new CourseStarted(at, rules, referral);
    }

    private static DeadlineKind Kind(JsonElement json) => StoredNames.DeadlineKinds.Parse(json.GetProperty("kind").GetString());

    private static Instant Instant(JsonElement json, string name) => InstantPattern.ExtendedIso.Parse(json.GetProperty(name).GetString()!).Value;

    private static Instant? OptionalInstant(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) ? InstantPattern.ExtendedIso.Parse(value.GetString()!).Value : null;

    private static LocalDate Date(JsonElement json, string name) => LocalDatePattern.Iso.Parse(json.GetProperty(name).GetString()!).Value;
}
