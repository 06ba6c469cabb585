using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using static Genoptraening.Domain.Courses.CourseCommand;

namespace Genoptraening.Workflows.Serialization;

/// <summary>
/// A request's command as the course's partition stores it: its stored name (<see cref="StoredNames"/>) and a
/// JSON body. <c>StartCourse</c> keeps the standard's id and version only; reading resolves them in the
/// catalog, which keeps every version. Requests stored before commands had names of their own were kept in
/// the shape of the event they asked for (<c>CourseStarted</c>, <c>OccurrenceRecorded</c>,
/// <c>AlertAcknowledged</c>) and still read.
/// </summary>
public static class CommandJson
{
    public static (string Type, string Data) Serialize(CourseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var buffer = new ArrayBufferWriter<byte>();
        string type;
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            switch (command)
            {
                case StartCourse start:
                    type = StoredNames.StartCourseCommand;
                    ReferralJson.Write(w, start.Rules, start.Referral);
                    break;
                case Record record:
                    type = StoredNames.RecordCommand;
                    w.WriteStartObject("occurrence");
                    OccurrenceJson.Write(w, record.Occurrence);
                    w.WriteEndObject();
                    break;
                case Acknowledge acknowledge:
                    type = StoredNames.AcknowledgeCommand;
                    w.WriteString("kind", acknowledge.Kind.ToWireName());
                    w.WriteNumber("level", acknowledge.Level);
                    w.WriteString("comment", acknowledge.Comment);
                    w.WriteString("by", acknowledge.By);
                    break;
                default:
                    throw new ArgumentException($"{command.GetType().Name} is not a request's command.", nameof(command));
            }

            w.WriteEndObject();
        }

        return (type, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public static CourseCommand Deserialize(string type, string data, Func<StandardId, int, StandardVersion> resolveStandard)
    {
        ArgumentNullException.ThrowIfNull(resolveStandard);
        using var document = JsonDocument.Parse(data);
        var json = document.RootElement;
        return type switch
        {
            StoredNames.StartCourseCommand => StartOf(json, resolveStandard),
            StoredNames.RecordCommand => new Record(OccurrenceJson.ReadStored(json.GetProperty("occurrence"), at: null)),
            StoredNames.AcknowledgeCommand => AcknowledgeOf(json),
            StoredNames.CourseStarted or StoredNames.OccurrenceRecorded or StoredNames.AlertAcknowledged => OfOldRequest(type, data, resolveStandard),
            _ => throw new InvalidOperationException($"Unknown stored command '{type}'."),
        };
    }

    private static StartCourse StartOf(JsonElement json, Func<StandardId, int, StandardVersion> resolveStandard)
    {
        var (rules, referral) = ReferralJson.Read(json, resolveStandard);
        return new StartCourse(rules, referral);
    }

    private static Acknowledge AcknowledgeOf(JsonElement json) => new(
        StoredNames.DeadlineKinds.Parse(json.GetProperty("kind").GetString()),
        json.GetProperty("level").GetInt32(),
        json.GetProperty("comment").GetString()!,
        json.GetProperty("by").GetString()!);

    /// <summary>A request stored in the shape of the event it asked for (before 2026-12-07).</summary>
    private static CourseCommand OfOldRequest(string type, string data, Func<StandardId, int, StandardVersion> resolveStandard) =>
        CourseEventJson.Deserialize(type, data, resolveStandard) switch
        {
            CourseEvent.CourseStarted s => new StartCourse(s.Rules, s.Referral),
            CourseEvent.OccurrenceRecorded r => new Record(r.Occurrence),
            CourseEvent.AlertAcknowledged a => new Acknowledge(a.Kind, a.Level, a.Comment, a.By),
            var other => throw new InvalidOperationException($"A request cannot ask for {other.GetType().Name}."),
        };
}
