using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// A course's history as the API answers it: every event oldest first, with its version, type, time, stored data and
/// who recorded it (<c>by</c>, contracts/http-api.md). A hospital sees the course's life but none of the municipality's
/// case notes: no acknowledgements (their comments), no event's fields (reasons, providers, where the citizen trains on),
/// and others than itself by role only: the municipality's keys and people as the municipality, an administrator as
/// <c>administrator</c>.
/// </summary>
public static class HistoryJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(CourseRecord course, Caller caller, ApiKeyRegistry keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(caller);
        var hospital = caller.Role == Caller.Hospital;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", course.Id.ToString("D"));
            w.WriteStartArray("events");
            foreach (var (e, stored) in course.Events.Zip(course.Stored))
            {
                if (hospital && stored.Type == StoredNames.AlertAcknowledged)
                {
                    continue;
                }

                w.WriteStartObject();
                w.WriteNumber("version", stored.Version);
                w.WriteString("type", stored.Type);
                w.WriteString("at", WireTime.Format(e.At));
                w.WriteString("by", hospital ? AsTheHospitalSeesIt(stored.By, caller, course.Municipality, keys) : stored.By ?? Actor.Unrecorded);
                w.WritePropertyName("data");
                if (hospital && e is Domain.Courses.CourseEvent.OccurrenceRecorded recorded)
                {
                    // What happened and when; none of what the municipality noted with it.
                    w.WriteStartObject();
                    w.WriteStartObject("occurrence");
                    w.WriteString("type", Domain.Vocabulary.WireNames.ToWireName(recorded.Occurrence.Type));
                    w.WriteString("at", WireTime.Format(recorded.Occurrence.At));
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteRawValue(stored.Data);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The timers and the hospital's own keys by name; an administrator as such; everyone else as the municipality.</summary>
    private static string AsTheHospitalSeesIt(string? by, Caller hospital, string municipality, ApiKeyRegistry keys) => by switch
    {
        null => Actor.Unrecorded,
        Actor.System => by,
        _ when by == hospital.Name => by,
        _ => keys.Named(by) switch
        {
            { Role: Caller.Hospital } key when key.Sender == hospital.Sender => by,
            { Role: Caller.Admin } => "administrator",
            _ => municipality,
        },
    };
}
