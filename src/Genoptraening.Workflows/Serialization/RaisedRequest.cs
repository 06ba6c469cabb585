using System.Text.Json;
using NodaTime;

namespace Genoptraening.Workflows.Serialization;

/// <summary>
/// A request as the orchestration is told of it: <c>{ "requestId", "type", "at" }</c>, a raw string.
/// Everything else (fields, free text, comments) stays in the course's partition, so Durable Task's
/// history holds no personal data.
/// </summary>
/// <param name="RequestId">The stored request's id.</param>
/// <param name="Type">What is asked: <c>start</c>, an occurrence type such as <c>CitizenContacted</c>, or <c>acknowledge</c>.</param>
/// <param name="At">The instant the request is about.</param>
public sealed record RaisedRequest(string RequestId, string Type, Instant At)
{
    public const string Start = "start";
    public const string Acknowledge = "acknowledge";

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("requestId", RequestId);
            w.WriteString("type", Type);
            w.WriteString("at", WireTime.Format(At));
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static RaisedRequest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var at = root.GetProperty("at").GetString();
        return WireTime.TryParseInstant(at, out var instant)
            ? new RaisedRequest(root.GetProperty("requestId").GetString()!, root.GetProperty("type").GetString()!, instant)
            : throw new FormatException($"A raised request's 'at' is not an instant: '{at}'.");
    }
}
