using System.Buffers;
using System.Text;
using System.Text.Json;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// What staff record, as the peer's external event <see cref="EventName"/> carries it:
/// <c>{ "type", "at", fields... }</c> (RULES.md § 4). The bench sends no free text.
/// </summary>
internal static class PeerOccurrence
{
    public const string EventName = "occurrence";

    public static string ToJson(Occurrence occurrence)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            OccurrenceJson.Write(writer, occurrence);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The occurrence, or null when the event cannot be read (the peer then ignores it).</summary>
    public static Occurrence? Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return OccurrenceJson.TryParseType(root.GetProperty("type").GetString(), out var type)
            ? OccurrenceJson.Read(type, new JsonFieldReader(root, "", []), defaultAt: null)
            : null;
    }
}
